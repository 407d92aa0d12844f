/** What a piece of text means on screen; the theme decides how that looks. */
export type Tone =
  | "normal"
  | "heading"
  | "accent"
  | "muted"
  | "right"
  | "wrong"
  | "partial"
  | "warning"
  | "selected"
  | "highlight"
  /** The words a search matched. */
  | "match";

/** How one tone is drawn, in Ink's own `<Text>` props so that a span spreads it. */
export interface ToneStyle {
  color?: string;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  underline?: boolean;
}

/** The one theme: semantic tones to Ink text styles. */
export type Theme = Record<Tone, ToneStyle>;

const COLOURS: Theme = {
  normal: {},
  heading: { color: "cyan", bold: true },
  accent: { color: "cyan" },
  muted: { dimColor: true },
  right: { color: "green", bold: true },
  wrong: { color: "red", bold: true },
  partial: { color: "yellow", bold: true },
  warning: { color: "yellow" },
  selected: { color: "cyan", bold: true },
  highlight: { color: "yellow", bold: true },
  match: { color: "yellow", bold: true, underline: true },
};

// Without colour, meaning is carried by symbols (✓ ✗ ◐ ›) and weight, never by hue alone.
const MONOCHROME: Theme = {
  normal: {},
  heading: { bold: true },
  accent: {},
  muted: { dimColor: true },
  right: { bold: true },
  wrong: { bold: true },
  partial: { bold: true },
  warning: {},
  selected: { bold: true },
  // The words a fact was read from stand out by reverse video where there is no colour.
  highlight: { inverse: true },
  match: { bold: true, underline: true },
};

/** The theme for this environment: no colour at all when NO_COLOR is set (no-color.org). */
export function themeFor(env: NodeJS.ProcessEnv): Theme {
  return env.NO_COLOR ? MONOCHROME : COLOURS;
}
