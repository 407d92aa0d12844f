import { Text, useStdout } from "ink";
import { useEffect, useState } from "react";
import { msg } from "../core/i18n/msg.js";
import { useUi } from "./ui-context.js";

/** The smallest terminal the screens are drawn in; below it, they say so instead. */
export const MIN_SIZE = { columns: 40, rows: 12 } as const;
/** The widest the text runs: lines longer than this are hard to follow back to their start. */
export const MEASURE = 100;

/** Columns and rows the screens use, updated when the terminal is resized. */
export interface TerminalSize {
  /** The terminal's columns, at most {@link MEASURE}: the width the screens are laid out in. */
  columns: number;
  rows: number;
  /** Smaller than {@link MIN_SIZE}: no screen fits, so none is drawn. */
  tooSmall?: boolean;
  /** The terminal's own width, for the message that it is too small. */
  terminalColumns?: number;
}

/** The terminal's size, re-rendering the caller on every resize. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => sizeOf(stdout.columns || 80, stdout.rows || 24);
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  });
  return size;
}

/** The size the screens use in a terminal of `columns` × `rows`. */
export function sizeOf(columns: number, rows: number): TerminalSize {
  return {
    columns: Math.min(columns, MEASURE),
    rows,
    terminalColumns: columns,
    tooSmall: columns < MIN_SIZE.columns || rows < MIN_SIZE.rows,
  };
}

/** What a terminal too small for any screen shows: how big it is, and how big it must be. */
export function TooSmall({ size }: { size: TerminalSize }) {
  const { lang } = useUi();
  return (
    <Text wrap="wrap">
      {msg(lang, "screen.too-small", {
        columns: size.terminalColumns ?? size.columns,
        rows: size.rows,
        min: `${MIN_SIZE.columns}×${MIN_SIZE.rows}`,
      })}
    </Text>
  );
}
