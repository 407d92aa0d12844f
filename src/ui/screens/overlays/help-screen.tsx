import { useInput } from "ink";
import { bindingsFor, type Command } from "../../keys.js";
import { type Line, line, item as listItem } from "../../lines.js";
import { Screen } from "../../screen.js";
import { useUi } from "../../ui-context.js";
import { tu } from "../../ui-strings.js";
import type { TerminalSize } from "../../use-terminal-size.js";

/** The keys of the screen the help was opened from, written from the key table; any key closes. */
export function HelpScreen({
  commands,
  size,
  close,
}: {
  commands: readonly Command[];
  size: TerminalSize;
  close: () => void;
}) {
  const { lang } = useUi();
  useInput(() => close());
  const width = Math.max(10, size.columns - 1);
  const labelWidth = 7;
  const body: Line[] = [];
  for (const b of bindingsFor(commands)) {
    body.push(
      ...listItem(b.label.padEnd(labelWidth), tu(lang, b.help), width, "normal", "selected"),
    );
  }
  body.push(line(""), ...listItem("", tu(lang, "help.digits"), width));
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
