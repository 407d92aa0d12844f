import { bindingsFor, type KeymapName } from "../../keys.js";
import { type Line, line, item as listItem } from "../../lines.js";
import { Screen } from "../../screen.js";
import { useUi } from "../../ui-context.js";
import { tu } from "../../ui-strings.js";
import { useKeys } from "../../use-keys.js";
import type { TerminalSize } from "../../use-terminal-size.js";

/**
 * The keys of the screen the help was opened from, written from that screen's keymap: the very
 * list its key handler reads. Any key closes it.
 */
export function HelpScreen({
  keymap,
  size,
  close,
}: {
  keymap: KeymapName;
  size: TerminalSize;
  close: () => void;
}) {
  const { lang } = useUi();
  useKeys(() => close());
  const width = Math.max(10, size.columns - 1);
  const labelWidth = 7;
  const body: Line[] = [];
  for (const b of bindingsFor(keymap)) {
    body.push(
      ...listItem(b.label.padEnd(labelWidth), tu(lang, b.help), width, "normal", "selected"),
    );
  }
  body.push(line(""));
  if (keymap === "question") body.push(...listItem("", tu(lang, "help.digits"), width));
  if (keymap === "question")
    body.push(...listItem("", tu(lang, "help.text-field"), width, "muted"));
  body.push(...listItem("", tu(lang, "help.ctrl-c"), width, "muted"));
  return (
    <Screen
      header={[line(tu(lang, "help.title"), "heading"), line("─".repeat(width), "muted")]}
      body={body}
      footer={[line("─".repeat(width), "muted"), line(tu(lang, "help.close"), "muted")]}
      size={size}
    />
  );
}
