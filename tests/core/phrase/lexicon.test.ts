import { describe, expect, it } from "vitest";
import { ENGLISH } from "../../../src/core/languages/en/lexicon.js";
import { FRENCH } from "../../../src/core/languages/fr/lexicon.js";

// The lexicons write each verb in its dictionary form and derive the rest by rule; these are the
// forms the sentences and questions then say.
describe("the lexicons' verbs", () => {
  it("derive a French verb's participle and conditional, and keep what is irregular", () => {
    expect(FRENCH.appointment.verb).toEqual({
      pp: "nommé",
      aux: "avoir",
      inf: "nommer",
      cond: "nommerait",
    });
    expect(FRENCH.investment.verb).toEqual({
      pp: "investi",
      aux: "avoir",
      inf: "investir",
      cond: "investirait",
    });
    expect(FRENCH.acquisition.verb.cond).toBe("rachèterait");
    expect(FRENCH.strike.verb).toEqual({
      pp: "mis",
      aux: "être",
      reflexive: true,
      tail: "en grève",
      inf: "mettre",
      cond: "mettrait",
    });
    expect(FRENCH.departure.bare?.verb).toEqual({
      pp: "parti",
      aux: "être",
      inf: "partir",
      cond: "partirait",
    });
  });

  it("derive an English verb's regular past, and keep what is irregular", () => {
    expect(ENGLISH.dismissal.verb).toEqual({ base: "fire", past: "fired", pp: "fired" });
    expect(ENGLISH.dismissal.bare?.verb).toEqual({
      base: "carry",
      past: "carried",
      pp: "carried",
      tail: "out",
    });
    expect(ENGLISH.strike.verb).toEqual({
      base: "go",
      past: "went",
      pp: "gone",
      tail: "on strike",
    });
    expect(ENGLISH.layoff.verb).toEqual({ base: "lay", past: "laid", pp: "laid", tail: "off" });
  });
});
