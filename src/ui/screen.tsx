import { Box, Text } from "ink";
import { type Line, textWidth, truncate } from "./lines.js";
import type { Theme } from "./theme.js";
import { useUi } from "./ui-context.js";
import type { TerminalSize } from "./use-terminal-size.js";

/** Rows of the body that fit between the header and the footer. */
export function bodyHeight(rows: number, header: number, footer: number): number {
  // One row is left free at the bottom: an Ink frame as tall as the terminal scrolls it.
  return Math.max(3, rows - header - footer - 1);
}

/**
 * The first body row to show: `scroll` clamped, moved so that `focus` (if any) is visible, and
 * also `focusEnd` where there is room (the rows below the focus that belong with it).
 */
export function firstRow(
  total: number,
  height: number,
  scroll: number,
  focus?: number,
  focusEnd?: number,
): number {
  const max = Math.max(0, total - height);
  let top = Math.min(Math.max(0, scroll), max);
  if (focus !== undefined) {
    const end = Math.max(focus, focusEnd ?? focus);
    if (end >= top + height) top = end - height + 1;
    if (focus < top) top = focus;
  }
  return Math.min(Math.max(0, top), max);
}

/** A scroll offset moved by `delta` rows, kept between 0 and `max`. */
export function scrollBy(scroll: number, max: number, delta: number): number {
  return Math.min(max, Math.max(0, scroll + delta));
}

interface ScreenProps {
  header: Line[];
  body: Line[];
  footer: Line[];
  size: TerminalSize;
  scroll?: number;
  focus?: number;
  /** The last row that should stay in view with the focus, when it fits. */
  focusEnd?: number;
}

/**
 * Every screen's frame: header, the visible window of the body, footer. Rows are built to the
 * width already, so nothing is re-wrapped; ▲ ▼ in the margin say there is more above or below.
 */
export function Screen({ header, body, footer, size, scroll = 0, focus, focusEnd }: ScreenProps) {
  const { theme } = useUi();
  const { rows, columns } = size;
  const height = bodyHeight(rows, header.length, footer.length);
  const top = firstRow(body.length, height, scroll, focus, focusEnd);
  const visible = body.slice(top, top + height);
  const more = { up: top > 0, down: top + height < body.length };
  // Rows are positions on the screen, so their place is their identity.
  const rowsShown = [
    ...header.map((l, i) => ({ id: `h${i}`, line: l, marker: "" })),
    ...visible.map((l, i) => ({
      id: `b${top + i}`,
      line: l,
      marker: i === 0 && more.up ? "▲" : i === visible.length - 1 && more.down ? "▼" : "",
    })),
    ...footer.map((l, i) => ({ id: `f${i}`, line: l, marker: "" })),
  ];
  return (
    <Box flexDirection="column" width={columns}>
      {rowsShown.map((row) => (
        <Row key={row.id} line={row.line} theme={theme} columns={columns} marker={row.marker} />
      ))}
    </Box>
  );
}

function Row({
  line,
  theme,
  columns,
  marker = "",
}: {
  line: Line;
  theme: Theme;
  columns: number;
  marker?: string;
}) {
  // Screens build their rows at most columns - 1 wide, so the last column is free for the
  // marker: a row beside ▲ or ▼ keeps every word.
  let room = columns - (marker ? 1 : 0);
  const spans = line.map((span, i) => {
    const text = truncate(span.text, room);
    room -= textWidth(text);
    return { ...span, text, id: i };
  });
  return (
    <Box width={columns}>
      <Text wrap="truncate">
        {spans.length === 0 || spans.every((s) => !s.text) ? " " : null}
        {spans.map((span) => (
          <Text key={span.id} {...theme[span.tone ?? "normal"]}>
            {span.text}
          </Text>
        ))}
      </Text>
      {marker ? (
        <Box flexGrow={1} justifyContent="flex-end">
          <Text dimColor>{marker}</Text>
        </Box>
      ) : null}
    </Box>
  );
}
