import { render } from "ink-testing-library";
import { memoryProgress } from "../../src/core/progress/port.js";
import type { PlayOptions } from "../../src/core/quiz/setup.js";
import { listPackSummaries } from "../../src/io/pack-summaries.js";
import { loadPack } from "../../src/io/packs.js";
import { App, type AppProps, loadQuizPart } from "../../src/ui/app.js";
import { keysHandled, keysListening } from "../../src/ui/key-router.js";
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

/**
 * Waits until every key sent so far has been handled and what it changed drawn: the app's key
 * router says when its queue is empty (a key that opens a pack waits for the pack to be read).
 */
export async function settle(): Promise<void> {
  await keysListening();
  await new Promise((resolve) => setImmediate(resolve));
  await keysHandled();
}

type Rendered = ReturnType<typeof render>;

/** Presses keys one after the other, each once the one before has been handled. */
export async function press(app: Rendered, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    app.stdin.write(key);
    await settle();
  }
}

/** Sends keys in one burst, as a fast typist, a paste or tmux send-keys does, and waits for them all. */
export async function burst(app: Rendered, keys: string): Promise<void> {
  app.stdin.write(keys);
  await settle();
}

/**
 * Waits until the last frame shows `text`: for what comes after the app's own asynchronous work
 * (the progress store opening), not after a key. Polls with a limit generous enough for a loaded
 * machine; never a fixed wait.
 */
export async function frameShowing(app: Rendered, text: string, limitMs = 15_000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const shown = frame(app);
    if (shown.includes(text)) return shown;
    if (Date.now() - start > limitMs) {
      throw new Error(`the screen never showed "${text}"; it showed:\n${shown}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
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
    /** The interface's language; English by default. */
    uiLang?: "fr" | "en";
    /** What `r` on the home screen starts. */
    review?: AppProps["review"];
    /** Where the home screen looks for packs; the repository by default. */
    cwd?: string;
  } = {},
) {
  const progress = memoryProgress();
  const home = tempHome();
  const env = { NEWSQUIZ_HOME: home };
  let clock = options.now ?? Date.UTC(2024, 0, 1, 12);
  const startQuiz = options.startQuiz ?? true;
  const app = render(
    <App
      packs={await listPackSummaries(options.cwd ?? ROOT, env)}
      load={async (ref) => loadPack(ref, ROOT, env)}
      initial={startQuiz ? loadPack(options.pack ?? "openai-2023-11", ROOT, env) : undefined}
      quiz={startQuiz ? await loadQuizPart() : undefined}
      progress={options.store ?? progress}
      now={() => clock}
      options={{ seed: 7, ...options }}
      packRef="openai-2023-11"
      lang={options.uiLang ?? "en"}
      review={options.review}
      theme={themeFor({ NO_COLOR: "1" })}
    />,
  );
  await keysListening();
  return { app, progress, tick: (ms: number) => (clock += ms) };
}
