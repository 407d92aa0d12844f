import { describe, expect, it } from "vitest";
import { writeAiken } from "../../../src/core/interchange/aiken/write.js";
import { field, writeAnki } from "../../../src/core/interchange/anki/write.js";
import { detectFormat } from "../../../src/core/interchange/formats.js";
import { writeGift } from "../../../src/core/interchange/gift/write.js";
import type { Question, WrittenQuestion } from "../../../src/core/question/model.js";
import { questionSchema } from "../../../src/core/question/schema.js";
import { notesIn } from "../../helpers/export-notes.js";

const q = (data: Record<string, unknown>): WrittenQuestion => questionSchema.parse(data);
const asked = (data: Record<string, unknown>): Question => ({ ...q(data), kind: "written" });

describe("GIFT export", () => {
  it("escapes specials, embeds missing words, writes ids, tags, categories and Moodle's weights", () => {
    const result = writeGift([
      q({
        id: "a",
        type: "single",
        category: "Crise",
        tags: ["t 1"],
        prompt: "Le {conseil} a renvoyé _____ le 17/11.",
        choices: [
          { text: "Altman", correct: true, feedback: "Oui #1" },
          { text: "Nadella", weight: -50 },
        ],
      }),
      q({
        id: "b",
        type: "multiple",
        prompt: "Cochez : les deux",
        choices: [{ text: "x", correct: true }, { text: "y", correct: true }, { text: "z" }],
      }),
      q({
        id: "c",
        type: "ordering",
        prompt: "Ordre ?",
        items: ["un", "deux"],
        explanation: "Voilà.",
      }),
      q({ id: "d", type: "description", prompt: "Lisez.", explanation: "perdu" }),
    ]);
    expect(result.text).toBe(
      [
        "$CATEGORY: Crise",
        "",
        "// [id:a]",
        "// [tag:t 1]",
        "Le \\{conseil\\} a renvoyé {",
        "\t=Altman#Oui \\#1",
        "\t~%-50%Nadella",
        "} le 17/11.",
        "",
        "$CATEGORY: ",
        "",
        "// [id:b]",
        "Cochez \\: les deux{",
        "\t~%50%x",
        "\t~%50%y",
        "\t~%-50%z",
        "}",
        "",
        "// [id:c]",
        "// [newsquiz-type:ordering]",
        "Ordre ?{",
        "\t=1 -> un",
        "\t=2 -> deux",
        "\t####Voilà.",
        "}",
        "",
        "// [id:d]",
        "Lisez.",
        "",
      ].join("\n"),
    );
    expect(notesIn("en", result.notes)).toEqual([
      {
        question: "d",
        message: "its explanation is not written (a GIFT description has no feedback)",
      },
    ]);
  });
});

describe("Aiken export", () => {
  it("writes single-choice and true/false questions, one line each, in the pack's language", () => {
    const result = writeAiken(
      [
        q({
          id: "a",
          type: "single",
          prompt: "Qui ?\nVraiment ?",
          choices: [{ text: "Lui" }, { text: "Elle", correct: true }],
        }),
        q({ id: "b", type: "truefalse", prompt: "Vrai ?", answer: false }),
        q({ id: "c", type: "short", prompt: "Nom ?", answers: ["x"] }),
        q({
          id: "d",
          type: "single",
          prompt: "A. Lincoln ?",
          choices: [{ text: "x", correct: true }, { text: "y" }],
        }),
      ],
      "fr",
    );
    expect(result.text).toBe(
      "Qui ? Vraiment ?\nA) Lui\nB) Elle\nANSWER: B\n\nVrai ?\nA) Vrai\nB) Faux\nANSWER: B\n",
    );
    expect(notesIn("en", result.notes).map((n) => `${n.question}: ${n.message}`)).toEqual([
      "c: skipped: Aiken holds single-choice questions only, not short",
      "d: skipped: its prompt would read as a choice or an ANSWER: line in Aiken",
    ]);
  });
});

describe("Anki export", () => {
  it("quotes fields that hold a tab, a quote or a line break, and a leading #", () => {
    expect(field("plain")).toBe("plain");
    expect(field('il a dit "non"')).toBe('"il a dit ""non"""');
    expect(field("a\tb")).toBe('"a\tb"');
    expect(field("#1")).toBe('"#1"');
  });

  it("puts the answer, the explanation and the sources on the back, HTML-escaped, and the pack id and type in tags", () => {
    const result = writeAnki(
      [
        asked({
          id: "a",
          type: "matching",
          prompt: "A < B ?",
          pairs: [
            { left: "x", right: "1" },
            { left: "y", right: "2" },
          ],
          explanation: "Car\nvoilà",
          tags: ["ma crise"],
        }),
        asked({ id: "b", type: "description", prompt: "Lisez." }),
        asked({
          id: "c",
          type: "truefalse",
          prompt: "Vrai ?",
          answer: true,
          sources: ["le-monde", "inconnue", "s2"],
        }),
      ],
      {
        id: "p",
        title: "Ma\tpile",
        language: "fr",
        sources: [
          { id: "le-monde", outlet: "Le Monde", language: "fr" },
          { id: "s2", title: "A & B", language: "fr" },
        ],
      },
    );
    expect(result.text).toBe(
      "#separator:tab\n#html:true\n#notetype:Basic\n#deck:Ma pile\n#tags column:3\n" +
        "A &lt; B ?<br><br>x → ?<br>y → ?<br><br>1<br>2\tx → 1<br>y → 2<br><br>Car<br>voilà\tp matching ma_crise\n" +
        "Vrai ?\tVrai<br><br>Sources : Le Monde, « A &amp; B »\tp truefalse\n",
    );
    expect(notesIn("en", result.notes)).toEqual([
      {
        question: "b",
        message: "skipped: a description has no answer to put on the back of a card",
      },
    ]);
  });
});

describe("detectFormat", () => {
  it("goes by the content, then by the name (Moodle's x.gift.txt included) when the content is too short to tell", () => {
    expect(detectFormat("quiz.gift", "")).toBe("gift");
    expect(detectFormat("questions.gift.txt", "")).toBe("gift");
    expect(detectFormat("q.aiken.txt", "")).toBe("aiken");
    expect(detectFormat("q.json", "")).toBe("json");
    expect(detectFormat("q.txt", "Qui ?\nA) x\nB) y\nANSWER: A\n")).toBe("aiken");
    expect(detectFormat("q.txt", "Qui ?{=x ~y}\n")).toBe("gift");
    expect(detectFormat("q.txt", '{ "questions": [] }')).toBe("json");
    expect(detectFormat("q.txt", "{=Asia} is the largest continent.")).toBe("gift");
    expect(detectFormat("notes.txt", "just notes")).toBeUndefined();
    expect(detectFormat("q.gift", '<?xml version="1.0"?>\n<quiz>\n</quiz>')).toBe("xml");
    expect(detectFormat("q.gift", "#separator:tab\n#html:true\nfront\tback\n")).toBe("anki");
    expect(detectFormat("q.gift", "front one\tback one\nfront two\tback two\n")).toBeUndefined();
  });
});
