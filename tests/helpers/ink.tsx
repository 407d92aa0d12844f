import { render } from "ink-testing-library";
import { memoryProgress } from "../../src/core/progress/port.js";
import { listPackSummaries } from "../../src/io/pack-summaries.js";
import { loadPack } from "../../src/io/packs.js";
import type { PlayOptions } from "../../src/play/setup.js";
import { App } from "../../src/ui/app.js";
import { themeFor } from "../../src/ui/theme.js";
import type { ProgressSource } from "../../src/ui/use-progress.js";
import { ROOT, tempHome } from "./run-cli.js";

/** Keys as a terminal sends them. */
export const KEY = {
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  enter: "\r",
  escape: "\u001b",
  space: " ",
  backspace: "\u007f",
  ctrlC: "\u0003",
} as const;

/** Lets Ink read the input and React render what it changed. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
}

type Rendered = ReturnType<typeof render>;

/** Presses keys one after the other, letting the app render after each. */
export async function press(app: Rendered, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    app.stdin.write(key);
    await settle();
  }
}

/** The last frame, as text. */
export function frame(app: Rendered): string {
  return app.lastFrame() ?? "";
}

/** Makes the fake terminal `columns` wide and `rows` tall, and tells the app it was resized. */
export function resize(app: Rendered, columns: number, rows = 24): void {
  Object.defineProperty(app.stdout, "columns", { value: columns, configurable: true });
  Object.defineProperty(app.stdout, "rows", { value: rows, configurable: true });
  app.stdout.emit("resize");
}

/** The fixture pack of one hand-written question per scored type, asked in the author's order. */
export const EVERY_TYPE = "tests/fixtures/packs/every-type";

/**
 * The app with an in-memory progress store and a clock that stands still: a quiz on `pack` (the
 * built-in pack unless given), or the home screen with the built-in pack selected.
 */
export async function renderApp(
  options: PlayOptions & {
    startQuiz?: boolean;
    now?: number;
    pack?: string;
    /** The store, open or opening; an in-memory one by default. */
    store?: ProgressSource;
  } = {},
) {
  const progress = memoryProgress();
  const home = tempHome();
  const env = { NEWSQUIZ_HOME: home };
  let clock = options.now ?? Date.UTC(2024, 0, 1, 12);
  const app = render(
    <App
      packs={await listPackSummaries(ROOT, env)}
      load={async (ref) => loadPack(ref, ROOT, env)}
      initial={
        (options.startQuiz ?? true)
          ? loadPack(options.pack ?? "openai-2023-11", ROOT, env)
          : undefined
      }
      progress={options.store ?? progress}
      now={() => clock}
      options={{ seed: 7, ...options }}
      packRef="openai-2023-11"
      localeLang="en"
      theme={themeFor({ NO_COLOR: "1" })}
    />,
  );
  return { app, progress, tick: (ms: number) => (clock += ms) };
}
