import type { Key } from "ink";
import { splitKeys } from "./keys.js";

/**
 * A screen's key handler, as it is at its last render. What it returns is ignored, except a
 * promise: the next key waits for it (a pack being read before its screen opens).
 */
export type KeyHandler = (input: string, key: Key) => unknown;

/** One screen listening: its handler and whether it listens now, both read at each key. */
export interface KeyListener {
  handler: { current: KeyHandler };
  active: { current: boolean };
}

const routers = new Set<KeyRouter>();

/**
 * Every key of a burst, one at a time (keys typed fast, over SSH, pasted, or sent together by
 * tmux arrive as one chunk). A key can move the reader to another question or screen: the next
 * key must go to what that key opened, with the state it left. So after each key the router
 * asks React to commit (see KeyGate): a state update of its own, made after the key's, that
 * React renders in the same pass; once that pass is committed, the next key is handled. A key
 * whose handler returns a promise (a pack being read) waits for it first. Written here because
 * Ink hands a whole chunk to every listener at once, and React renders when its scheduler
 * decides, so the state a listener reads is that of its last render.
 */
export class KeyRouter {
  private readonly queue: [string, Key][] = [];
  private readonly listeners = new Set<KeyListener>();
  /** A key was handled and what it changed is not on screen yet. */
  private waiting = false;
  private idle: (() => void)[] = [];
  /** Asks React for a commit; set by the gate once it is mounted. */
  private requestCommit: (() => void) | undefined;
  private attached = false;
  private whenAttached: (() => void)[] = [];

  constructor() {
    routers.add(this);
  }

  listen(listener: KeyListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The gate is mounted: keys can be handled, each followed by a commit it asks for. */
  connect(requestCommit: () => void): void {
    this.requestCommit = requestCommit;
    if (!this.waiting) this.next();
  }

  /** Ink listens to the keyboard for this router now (its input effect has run). */
  attach(): void {
    this.attached = true;
    for (const resolve of this.whenAttached.splice(0)) resolve();
  }

  /** A chunk as Ink reads it. */
  push(chunk: string, key: Key): void {
    this.queue.push(...splitKeys(chunk, key));
    if (!this.waiting) this.next();
  }

  /** React committed what the last key changed: on to the next key, once the commit is over. */
  committed(): void {
    if (!this.waiting) return;
    queueMicrotask(() => {
      this.waiting = false;
      this.next();
    });
  }

  /** Stops listening for good (the app left). */
  close(): void {
    this.queue.length = 0;
    this.waiting = false;
    routers.delete(this);
    this.settle();
  }

  /** Resolves once every key received so far has been handled and drawn. */
  whenIdle(): Promise<void> {
    if (!this.waiting && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Resolves once Ink reads the keyboard for this router. */
  whenListening(): Promise<void> {
    if (this.attached) return Promise.resolve();
    return new Promise((resolve) => this.whenAttached.push(resolve));
  }

  private next(): void {
    const request = this.requestCommit;
    if (!request) return;
    const entry = this.queue.shift();
    if (!entry) {
      this.settle();
      return;
    }
    const [input, key] = entry;
    let pending: Promise<unknown> | undefined;
    for (const listener of [...this.listeners]) {
      if (!listener.active.current) continue;
      const result = listener.handler.current(input, key);
      if (result instanceof Promise) pending = result;
    }
    this.waiting = true;
    if (pending) pending.then(request, request);
    else request();
  }

  private settle(): void {
    if (this.waiting || this.queue.length > 0) return;
    for (const resolve of this.idle.splice(0)) resolve();
  }
}

/** Resolves once every app's keys have all been handled and drawn (for tests that press keys). */
export async function keysHandled(): Promise<void> {
  await Promise.all([...routers].map((r) => r.whenIdle()));
}

/** Resolves once every app reads the keyboard (for tests, before their first key). */
export async function keysListening(): Promise<void> {
  await Promise.all([...routers].map((r) => r.whenListening()));
}
