import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { memoryProgress } from "../../src/core/progress/port.js";
import { App, loadQuizPart } from "../../src/ui/app.js";
import { themeFor } from "../../src/ui/theme.js";
import { frame, KEY, press } from "../helpers/ink.js";
import { packFrom } from "../helpers/packs.js";

afterEach(() => cleanup());

// A pack written to attack the terminal: colour, a window title (OSC), a screen clear.
const HOSTILE = `
title: "Evil\\u001b]0;pwned\\u0007 pack"
language: en
questions:
  - id: q1
    type: single
    prompt: "Who\\u001b[2J\\u001b[31m is red?"
    choices:
      - { text: "Alice\\u001b[1A", correct: true, feedback: "yes\\u009b31m" }
      - { text: Bob }
    explanation: "Because\\u001b[?1049l."
`;

describe("what the screens print", () => {
  it("never lets a pack's escape sequences reach the terminal", async () => {
    const pack = packFrom(HOSTILE, "evil");
    const loaded = {
      pack,
      file: "evil/pack.yaml",
      dir: "evil",
      hash: "h",
      origin: "path" as const,
    };
    const app = render(
      <App
        packs={[]}
        load={async () => loaded}
        initial={loaded}
        quiz={await loadQuizPart()}
        progress={memoryProgress()}
        now={() => 0}
        options={{ seed: 1 }}
        packRef="evil"
        theme={themeFor({ NO_COLOR: "1" })}
      />,
    );
    expect(frame(app)).toContain("Who is red?");
    await press(app, "1");
    await press(app, "2", KEY.enter);
    const all = app.frames.join("");
    expect(all).toContain("Because.");
    expect(all).not.toMatch(/[\u001b\u009b\u0007]/);
  });

  it("uses no colour with NO_COLOR, and marks meaning with symbols and weight instead", () => {
    const mono = themeFor({ NO_COLOR: "1" });
    expect(Object.values(mono).some((style) => style.color !== undefined)).toBe(false);
    expect(themeFor({}).right.color).toBe("green");
  });
});
