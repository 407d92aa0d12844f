import { describe, expect, it } from "vitest";
import { writeAiken } from "../../../src/core/interchange/aiken/write.js";
import type { Question } from "../../../src/core/question/model.js";
import { presentQuestions } from "../../../src/core/quiz/presentation.js";
import { questionLines } from "../../../src/core/quiz/transcript.js";
import { htmlToText } from "../../../src/core/text/html-text.js";

describe("htmlToText", () => {
  it("turns paragraphs, line breaks, lists and entities into text", () => {
    expect(htmlToText("<p><span>First</span></p>")).toBe("First");
    expect(
      htmlToText(
        "<p>Which is <b>right</b>?</p><ul><li>one &amp; two</li><li>three<br>four</li></ul><ol><li>a</li><li>b</li></ol><p>x&nbsp;y &lt;z&gt;</p>",
      ),
    ).toBe("Which is right?\n- one & two\n- three\nfour\n1. a\n2. b\nx y <z>");
    expect(htmlToText('<p>Logo <img src="x.png" alt="Moodle logo"> here</p>')).toBe(
      "Logo Moodle logo here",
    );
  });
});

const html: Question = {
  id: "q",
  type: "single",
  format: "html",
  prompt: "<p>Which <b>river</b>?</p>",
  choices: [
    { text: "<p><span>First</span></p>", correct: true },
    { text: "Second &amp; third", correct: false },
  ],
  sources: [],
  facts: [],
  tags: [],
  kind: "written",
};

describe("HTML questions where HTML means nothing", () => {
  it("are written to Aiken as text", () => {
    expect(writeAiken([html], "en").text).toBe(
      "Which river?\nA) First\nB) Second & third\nANSWER: A\n",
    );
  });

  it("are printed as text in the terminal", () => {
    const [item] = presentQuestions([html], 1);
    const lines = questionLines(item!, 1, 1, "en");
    expect(lines[1]).toBe("Which river?");
    expect(
      lines
        .slice(2)
        .map((l) => l.replace(/^ {2}\d\. /, ""))
        .sort(),
    ).toEqual(["First", "Second & third"]);
  });
});
