import type { CommandContext } from "../context.js";
import { wrapText } from "../core/text/fit-width.js";

/**
 * Text for standard output: word-wrapped to the terminal's width when it is a terminal (so that
 * no word is split where the terminal would cut it), as it is when piped.
 */
export function forTerminal(text: string, ctx: CommandContext): string {
  return ctx.stdout.isTTY ? wrapText(text, outputColumns(ctx)) : text;
}

/** How wide the output may be: the terminal's width, else $COLUMNS, else 80. */
export function outputColumns(ctx: CommandContext): number {
  const fromTerminal = ctx.stdout.isTTY ? ctx.stdout.columns : undefined;
  return fromTerminal || Number(ctx.env.COLUMNS) || 80;
}
