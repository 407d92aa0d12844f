import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import { storyPack } from "../../helpers/packs.js";

// docs/questions.md, rule 1: one entity never stands twice among the choices. Read from an
// article, "Bob Dudley" and "Robert Dudley" may be two entities for one man.
const pack = storyPack(
  "en",
  `entities:
  - { id: bob, name: Bob Dudley, kind: person, gender: m }
  - { id: robert, name: Robert Dudley, kind: person, gender: m }
  - { id: tony, name: Tony Hayward, kind: person, gender: m }
  - { id: carl, name: Carl Svanberg, kind: person, gender: m }
  - { id: lea, name: Lea Martin, kind: person, gender: f }
quotes:
  - { id: q1, speaker: tony, text: "I will always feel a deep responsibility", sources: [gazette] }
  - { id: q2, speaker: carl, text: "It will be a different company going forward", sources: [gazette] }
  - { id: q3, speaker: bob, text: "We have a plan for the gulf", sources: [gazette] }
  - { id: q4, speaker: lea, text: "The board was right to act", sources: [gazette] }
`,
);

describe("people of one surname", () => {
  it("never stand twice among a question's choices, whatever the seed", () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { questions } = createGenerator(pack).generate({ seed });
      const who = questions.filter((q) => q.kind === "quote" && q.id.endsWith(".quote"));
      expect(who.length).toBeGreaterThan(0);
      for (const q of who) {
        const names = "choices" in q ? q.choices.map((c) => c.text) : [];
        expect(names.filter((n) => n.endsWith("Dudley")).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it("is no distractor of the other: Bob Dudley's words never offer Robert Dudley", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { questions } = createGenerator(pack).generate({ seed });
      const q = questions.find((x) => x.id === "q3.quote");
      expect(q && "choices" in q ? q.choices.map((c) => c.text).sort() : []).toEqual([
        "Bob Dudley",
        "Carl Svanberg",
        "Lea Martin",
        "Tony Hayward",
      ]);
    }
  });
});
