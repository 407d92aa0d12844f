import { msg } from "../../../core/i18n/msg.js";
import { bindingsFor, type KeymapName, keyLabel } from "../../keys.js";
import { type Line, line, item as listItem } from "../../lines.js";
import { Screen } from "../../screen.js";
import { useUi } from "../../ui-context.js";
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
  const rows = bindingsFor(keymap).map((b) => [keyLabel(b, lang), msg(lang, b.help)] as const);
  // At least 7 columns, more for longer names (Début g and q Échap take 7 and a space).
  const labelWidth = Math.max(7, ...rows.map(([keys]) => keys.length + 1));
  const body: Line[] = [];
  for (const [keys, help] of rows) {
    body.push(...listItem(keys.padEnd(labelWidth), help, width, "normal", "selected"));
  }
  body.push(line(""));
  if (keymap === "question") body.push(...listItem("", msg(lang, "help.digits"), width));
  if (keymap === "question")
    body.push(...listItem("", msg(lang, "help.text-field"), width, "muted"));
  body.push(...listItem("", msg(lang, "help.ctrl-c"), width, "muted"));
  return (
    <Screen
      header={[line(msg(lang, "help.title"), "heading"), line("─".repeat(width), "muted")]}
      body={body}
      footer={[line("─".repeat(width), "muted"), line(msg(lang, "help.close"), "muted")]}
      size={size}
    />
  );
}
