import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { memoryProgress } from "../../src/core/progress/port.js";
import { leftQuiz } from "../../src/core/quiz/interrupted.js";
import { applyAndRecord } from "../../src/core/quiz/record.js";
import { listPackSummaries } from "../../src/io/pack-summaries.js";
import { loadPack } from "../../src/io/packs.js";
import { setUpQuiz } from "../../src/play/setup.js";
import { App } from "../../src/ui/app.js";
import { resumeReducer } from "../../src/ui/screens/resume/resume-state.js";
import { themeFor } from "../../src/ui/theme.js";
import { frame, frameShowing, KEY, press } from "../helpers/ink.js";
import { tempHome } from "../helpers/run-cli.js";

afterEach(() => cleanup());

// A project holding a copy of the fixture pack of every type, so that a test can edit it.
async function setUp() {
  const cwd = tempHome();
  mkdirSync(join(cwd, "questions"));
  cpSync(
    join(import.meta.dirname, "..", "fixtures", "packs", "every-type"),
    join(cwd, "questions", "every-type"),
    {
      recursive: true,
    },
  );
  const env = { NEWSQUIZ_HOME: tempHome(), TZ: "UTC" };
  const loaded = loadPack("every-type", cwd, env);
  const progress = memoryProgress();
  // One answer given (X, right: choice 4 with seed 7), then left at question 2.
  let session = setUpQuiz(
    loaded,
    { seed: 7, lang: "en" },
    progress,
    Date.UTC(2024, 2, 1, 9),
  ).session;
  const x = session.items[0]!.choiceOrder.indexOf(0);
  session = applyAndRecord(
    session,
    { type: "answer", response: { type: "single", choice: x }, now: Date.UTC(2024, 2, 1, 9, 0, 5) },
    progress,
  );
  session = applyAndRecord(session, { type: "next", now: Date.UTC(2024, 2, 1, 9, 0, 6) }, progress);
  progress.saveInterrupted(
    leftQuiz(
      session,
      { packFile: loaded.file, title: loaded.pack.title, lang: "en" },
      Date.UTC(2024, 2, 1, 9, 1),
    )!,
  );
  const app = render(
    <App
      packs={await listPackSummaries(cwd, env)}
      load={async (ref) => loadPack(ref, cwd, env)}
      progress={Promise.resolve(progress)}
      now={() => Date.UTC(2024, 2, 2, 10)}
      options={{}}
      packRef="every-type"
      lang="en"
      theme={themeFor({ NO_COLOR: "1" })}
    />,
  );
  // The offer comes once the store is open, after the first paint.
  await frameShowing(app, "Unfinished quiz");
  return { app, progress, file: loaded.file };
}

describe("the offer to take up an unfinished quiz", () => {
  it("shows where the quiz was left, and takes it up again with Enter, its answer kept", async () => {
    const { app, progress } = await setUp();
    expect(frame(app)).toContain(
      "Un quiz de chaque type\nLeft at question 2 of 7, 1 answered, on 2024-03-01",
    );
    // Enter reads the pack again before the quiz is shown: the key is handled once it is.
    await press(app, KEY.enter);
    expect(frame(app)).toContain("Question 2/7 · Multiple answers");
    expect(progress.takeInterrupted()).toBeUndefined();
    await press(app, "q", "1");
    // The answer given before the break counts: 1 out of the 2 questions asked.
    expect(frame(app)).toContain("Score: 1/2 (50%)");
  });

  it("drops it with 2, and leaves it for later with Esc", async () => {
    const first = await setUp();
    await press(first.app, KEY.escape);
    expect(frame(first.app)).toContain("newsquiz · Packs");
    expect(first.progress.takeInterrupted()).toBeDefined();
    cleanup();
    const second = await setUp();
    await press(second.app, "2");
    expect(frame(second.app)).toContain("newsquiz · Packs");
    expect(second.progress.takeInterrupted()).toBeUndefined();
  });

  it("says so when the pack changed since, and drops it", async () => {
    const { app, progress, file } = await setUp();
    writeFileSync(file, `${readFileSync(file, "utf8")}\n# edited\n`);
    await press(app, "1");
    expect(frame(app)).toContain(
      "This quiz cannot be taken up again: its pack has changed or gone since.",
    );
    await press(app, KEY.enter);
    expect(frame(app)).toContain("newsquiz · Packs");
    expect(progress.takeInterrupted()).toBeUndefined();
  });
});

describe("resumeReducer", () => {
  it("keeps the cursor on a choice", () => {
    expect(resumeReducer({ cursor: 0 }, { type: "move", delta: 1 })).toEqual({ cursor: 1 });
    expect(resumeReducer({ cursor: 1 }, { type: "move", delta: 5 })).toEqual({ cursor: 1 });
    expect(resumeReducer({ cursor: 1 }, { type: "move", delta: -5 })).toEqual({ cursor: 0 });
  });
});
