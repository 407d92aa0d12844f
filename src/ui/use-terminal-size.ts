import { useStdout } from "ink";
import { useEffect, useState } from "react";

/** Columns and rows of the terminal, updated when it is resized. */
export interface TerminalSize {
  columns: number;
  rows: number;
}

/** The terminal's size, re-rendering the caller on every resize. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
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
