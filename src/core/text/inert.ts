// Escape sequences a hostile pack or article could carry: CSI (colours, cursor moves), OSC
// (window titles, hyperlinks), DCS/SOS/PM/APC strings, and single-character escapes.
const CSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g;
const STRING_SEQUENCE =
  /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
const OTHER_ESCAPE = /\u001b[ -/]*[0-~]?/g;
// C0 controls but tab and newline, DEL, C1 controls, and bidirectional overrides that reorder text.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe to print: terminal escape sequences and control characters removed, tabs and
 * newlines kept, carriage returns turned into newlines. Everything that came from a pack or an
 * article goes through this before it reaches a terminal.
 */
export function inert(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(STRING_SEQUENCE, "")
    .replace(CSI, "")
    .replace(OTHER_ESCAPE, "")
    .replace(CONTROLS, "");
}

/** Like {@link inert}, on one line: newlines and tabs become spaces. */
export function inertLine(text: string): string {
  return inert(text).replace(/[\n\t]+/g, " ");
}

// JSON.stringify escapes C0 controls but leaves C1 controls (U+0080-U+009F, which some
// terminals obey as CSI, OSC, ...), bidi overrides and line separators raw.
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text that is safe to print: the same value, with every terminal-active character escaped. */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
