import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { memoryProgress } from "../../src/core/progress/port.js";
import { App, loadQuizPart } from "../../src/ui/app.js";
import { themeFor } from "../../src/ui/theme.js";
import { frame, KEY, press } from "../helpers/ink.js";
import { packFrom } from "../helpers/packs.js";

afterEach(() => cleanup());

const PACK = `
title: Reading
language: en
questions:
  - id: intro
    type: description
    prompt: Read this before you start.
  - id: why
    type: essay
    prompt: Why was he fired?
    explanation: The board said he was not consistently candid.
  - id: how-many
    type: numeric
    prompt: How many employees signed?
    answers: [{ value: 700, tolerance: 50 }]
`;

describe("descriptions, essays and typed numbers on screen", () => {
  it("reads a description, shows an essay's model answer unscored, refuses text that is no number", async () => {
    const pack = packFrom(PACK, "reading");
    const loaded = {
      pack,
      file: "reading/pack.yaml",
      dir: "reading",
      hash: "h",
      origin: "path" as const,
    };
    const progress = memoryProgress();
    const app = render(
      <App
        packs={[]}
        load={async () => loaded}
        initial={loaded}
        quiz={await loadQuizPart()}
        progress={progress}
        now={() => 0}
        options={{ seed: 1 }}
        packRef="reading"
        theme={themeFor({ NO_COLOR: "1" })}
      />,
    );
    expect(frame(app)).toContain("Question 1/3 · To read");
    expect(frame(app)).toContain("Read this before you start.");
    expect(frame(app)).toContain("Enter go on");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("Question 2/3 · Essay (not scored)");
    expect(frame(app)).toContain("Why was he fired?");
    await press(app, ..."Lies", KEY.enter);
    expect(frame(app)).toContain("Not scored");
    expect(frame(app)).toContain("Your answer: Lies");
    expect(frame(app)).toContain("What an answer should cover:");
    expect(frame(app)).toContain("The board said he was not consistently candid.");
    await press(app, KEY.enter, ..."about", KEY.enter);
    expect(frame(app)).toContain("Type a number, such as 700 or 1.5.");
    for (let i = 0; i < 5; i++) await press(app, KEY.backspace);
    await press(app, ..."720", KEY.enter);
    expect(frame(app)).toContain("✓ Right");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("Score: 1/1 (100%)");
    expect(progress.answers.map((a) => a.question)).toEqual(["how-many"]);
  });
});
