import { useState } from "react";
import { type Command, scrollDelta } from "./keys.js";
import { scrollBy } from "./screen.js";

/** How far down a body is scrolled, and what it was scrolled in (a section, a fact). */
export interface ScrollState {
  top: number;
  from?: unknown;
}

/**
 * The first row shown: the scroll kept within `max` (the body may have shrunk, or the terminal
 * grown), or the top again when the body is another one (`from` changed).
 */
export function scrollTop(state: ScrollState, max: number, from?: unknown): number {
  return Object.is(state.from, from) ? Math.min(state.top, Math.max(0, max)) : 0;
}

/** The scroll moved by `delta` rows from where it shows, stopping at the top and the last row. */
export function scrollMoved(
  state: ScrollState,
  max: number,
  delta: number,
  from?: unknown,
): ScrollState {
  return { top: scrollBy(scrollTop(state, max, from), Math.max(0, max), delta), from };
}

/** How far down a body taller than its screen is scrolled, and how to move it. */
export interface Scroll {
  /** Rows scrolled down, within what the body can scroll now. */
  top: number;
  /** Moves by a scrolling command (↑↓ k j, PgUp PgDn, Home End g G); false for any other. */
  by(command: Command | undefined): boolean;
  /** Moves by `delta` rows. */
  move(delta: number): void;
}

/**
 * The scroll of every screen whose body can be taller than the terminal. `max` is how far the
 * body can scroll, measured as the screen is drawn: a resize or a shorter body keeps the scroll
 * within it, so that ↑ moves at once after too many ↓. When `from` changes (another section,
 * another fact), the body is read from its top again. Keys that arrive together are handed over
 * one at a time by the key router, each against the scroll the one before left.
 */
export function useScroll(max: number, from?: unknown): Scroll {
  const [state, setState] = useState<ScrollState>({ top: 0, from });
  const move = (delta: number) => setState(scrollMoved(state, max, delta, from));
  return {
    top: scrollTop(state, max, from),
    move,
    by: (command) => {
      const delta = scrollDelta(command);
      if (delta === undefined) return false;
      move(delta);
      return true;
    },
  };
}
