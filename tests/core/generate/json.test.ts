import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../src/core/generate/index.js";
import { questionsJson } from "../../../src/core/generate/json.js";
import { builtinPack } from "../../helpers/packs.js";

const pack = builtinPack();
const { questions } = questionsJson(generateQuestions(pack, { seed: 1 }), "fr", 1);
const byId = (id: string) => questions.find((q) => q.id === id)!;

describe("questions as JSON", () => {
  it("give the hand-written types their extra fields", () => {
    expect(byId("effectif-selon-macgeneration")).toMatchObject({
      type: "numeric",
      choices: [],
      answer: null,
      accept: [{ value: 700, tolerance: 30 }],
      unit: "employés",
    });
    expect(byId("plateforme-shear")).toMatchObject({
      type: "short",
      answer: null,
      accept: ["Twitch"],
    });
    expect(byId("postes-chez-openai").pairs).toHaveLength(4);
    const multiple = byId("chercheurs-partis-18-novembre");
    expect(multiple.answers!.map((i) => multiple.choices[i]).sort()).toEqual([
      "Aleksander Madry",
      "Jakub Pachocki",
      "Szymon Sidor",
    ]);
    expect(multiple.answer).toBe(multiple.answers![0]);
  });

  it("show an ordering's items shuffled, with their right order", () => {
    const written = pack.questions.find((q) => q.id === "histoire-openai");
    if (written?.type !== "ordering") throw new Error("the pack's ordering question changed");
    const history = byId("histoire-openai");
    expect(history.order!.map((i) => history.choices[i])).toEqual(written.items);
    expect(history.choices).not.toEqual(written.items);
    expect(history.answer).toBe(history.order![0]);
  });

  it("put the right choice of generated questions in every slot, none more than a third of the time", () => {
    const slots = questions
      .filter((q) => q.type === "single" && q.kind !== "written" && q.choices.length === 4)
      .map((q) => q.answer!);
    for (const slot of [0, 1, 2, 3]) {
      const share = slots.filter((s) => s === slot).length / slots.length;
      expect(share, `slot ${slot}`).toBeGreaterThan(0.15);
      expect(share, `slot ${slot}`).toBeLessThan(0.35);
    }
  });
});
