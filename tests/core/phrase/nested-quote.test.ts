import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import { storyPack } from "../../helpers/packs.js";

// docs/questions.md, rule 1: words a source reports under its own verb, said by another ("As
// The Herald noted, the board …, saying …"), are not asked as the source's.
describe("a quote reported under its speaker's verb, said by another", () => {
  it("is not asked; the speaker's own words are (the control)", () => {
    const pack = storyPack(
      "en",
      `entities:
  - { id: herald, name: The Herald, kind: organisation }
  - { id: lea, name: Léa Martin, kind: person, gender: f }
quotes:
  - id: nested
    speaker: herald
    text: "her judgement was beyond reproach"
    sources: [gazette]
    evidence: "As The Herald noted, the board renewed her contract in May, saying “her judgement was beyond reproach.”"
  - id: own
    speaker: herald
    text: "The board has lost its way"
    sources: [gazette]
    evidence: "“The board has lost its way,” The Herald wrote on Monday."
  - id: lea-said
    speaker: lea
    text: "I will stay until the summer"
    sources: [gazette]
`,
    );
    const { questions } = createGenerator(pack).generate({ seed: 1 });
    const facts = [...new Set(questions.flatMap((q) => q.facts ?? []))].sort();
    expect(facts).toEqual(["lea-said", "own"]);
  });
});
