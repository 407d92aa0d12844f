import { describe, expect, it } from "vitest";
import { writeAnki } from "../../../src/core/interchange/anki/write.js";
import type { Question } from "../../../src/core/question/model.js";
import { notesIn } from "../../helpers/export-notes.js";
import { importText } from "../../helpers/interop.js";

const cloze = "The Loire is the {=longest ~shortest} river; it ends in the {=*Atlantic* =%50%sea}.";

describe("Anki text import", () => {
  it("reads the headers: separator, html, tags, deck, tags column, and quoted fields", () => {
    const text = [
      "#separator:Semicolon",
      "#html:true",
      "#tags:rivers",
      "#deck:Geography::France",
      "#notetype:Basic",
      "#tags column:3",
      "Longest <b>French</b> river?;Loire;long",
      '"Why do rivers; flood?";"Rain, and melting<br>snow in the ""spring"" months";',
      "# a comment line",
      "Capital of France?;;",
    ].join("\n");
    const { questions, issues } = importText(text, "anki");
    expect(questions).toEqual([
      {
        id: "longest-french-river",
        type: "short",
        prompt: "Longest French river?",
        answers: ["Loire"],
        category: "Geography::France",
        tags: ["rivers", "long"],
        sources: [],
        facts: [],
      },
      {
        id: "why-do-rivers-flood",
        type: "essay",
        prompt: "Why do rivers; flood?",
        explanation: 'Rain, and melting\nsnow in the "spring" months',
        category: "Geography::France",
        tags: ["rivers"],
        sources: [],
        facts: [],
      },
    ]);
    expect(issues).toEqual([
      {
        line: 10,
        message: "a note with an empty back; expected a front and a back separated by a semicolon",
      },
    ]);
  });

  it("reports notes of Anki's Cloze type at their line", () => {
    const { issues } = importText(
      "#separator:tab\n#notetype:Cloze\n{{c1::Paris}} is a capital\t\n",
      "anki",
    );
    expect(issues).toEqual([
      {
        line: 3,
        message:
          'a note of type "Cloze"; expected Basic notes (front, back): Anki\'s cloze deletions are not read',
      },
    ]);
  });
});

describe("Anki export", () => {
  const q = (id: string, prompt: string): Question => ({
    id,
    type: "short",
    prompt,
    answers: ["x"],
    sources: [],
    facts: [],
    tags: [],
    kind: "written",
  });

  it("writes a cloze question with [1], [2] and the choices on the front, each blank's answer on the back", () => {
    const [q] = importText(cloze, "gift").questions;
    const { text } = writeAnki([{ ...q!, kind: "written" }], {
      id: "p",
      title: "P",
      language: "en",
    });
    expect(text.split("\n")[5]).toBe(
      "The Loire is the [1] river; it ends in the [2].<br><br>[1] longest / shortest\t[1] longest<br>[2] Atlantic<br>Also accepted: sea\tp cloze",
    );
  });

  it("names Anki's Basic note type, and says which questions share a front", () => {
    const result = writeAnki([q("a", "Same?"), q("b", "Other?"), q("c", "Same?")], {
      id: "p",
      title: "P",
      language: "en",
    });
    expect(result.text.split("\n").slice(0, 5)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#deck:P",
      "#tags column:3",
    ]);
    expect(notesIn("en", result.notes)).toEqual([
      {
        question: "c",
        message:
          "its front is the same as a's: Anki takes notes with the same first field for one, and keeps only one of them",
      },
    ]);
  });
});
