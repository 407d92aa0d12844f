import { WriteStream } from "node:tty";
import type { Language } from "../core/facts/model.js";
import { type MessageKey, msg } from "../core/i18n/msg.js";

// @inquirer/prompts writes its key hints ("↑↓ navigate • ⏎ select") in English, from a list of
// [key, action] pairs it hands to its theme: the theme says the actions in the interface's
// language, bold and dim as inquirer draws them, and with no colour where it uses none.
const colours = WriteStream.prototype.hasColors?.() ?? false;
const styled = (open: number, close: number) => (text: string) =>
  colours ? `\u001b[${open}m${text}\u001b[${close}m` : text;
const bold = styled(1, 22);
const dim = styled(2, 22);

const ACTIONS: Record<string, MessageKey> = {
  navigate: "prompt.keys.navigate",
  select: "prompt.keys.select",
  all: "prompt.keys.all",
  invert: "prompt.keys.invert",
  submit: "prompt.keys.submit",
};

/** An action of inquirer's hints in `lang`; space "selects" a box, which French says « cocher ». */
function action(lang: Language, key: string, name: string): string {
  if (name === "select" && key === "space") return msg(lang, "prompt.keys.tick");
  const known = ACTIONS[name];
  // A hint a later inquirer adds is shown as it wrote it.
  return known ? msg(lang, known) : name;
}

/** The theme every @inquirer/prompts list and box set is given: its hints in `lang`. */
export function promptTheme(lang: Language) {
  return {
    style: {
      keysHelpTip: (keys: [key: string, action: string][]) =>
        keys.map(([key, name]) => `${bold(key)} ${dim(action(lang, key, name))}`).join(dim(" • ")),
    },
  };
}

/** What a box set with none ticked says, where a tick is required (`validate` of a checkbox). */
export function tickAtLeastOne(lang: Language) {
  return (ticked: readonly unknown[]): true | string =>
    ticked.length > 0 || msg(lang, "prompt.tick-one");
}
