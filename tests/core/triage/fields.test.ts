import { describe, expect, it } from "vitest";
import { parseDateInput } from "../../../src/core/triage/date-input.js";
import {
  editableFields,
  entityMatcher,
  factProblem,
  fieldText,
  problemText,
  readFieldText,
  withField,
} from "../../../src/core/triage/fields.js";
import { triageQueue } from "../../../src/core/triage/queue.js";
import { triagePack } from "../../helpers/triage-pack.js";

const pack = triagePack();
const ref = (id: string) => triageQueue(pack).find((r) => r.fact.id === id)!;

describe("correcting a fact's fields", () => {
  it("offers the fields of its kind", () => {
    expect(editableFields(ref("renvoi-roux"))).toEqual(["actor", "target", "date", "role"]);
    expect(editableFields(ref("grevistes"))).toEqual(["value", "total", "date"]);
    expect(editableFields(ref("citation-blanc"))).toEqual(["speaker", "date"]);
  });

  it("reads dates as --published does, and to the month or the year", () => {
    expect(
      [
        "2024-03-14",
        "14 mars 2024",
        "March 14, 2024",
        "14/03/2024",
        "mars 2024",
        "March 2024",
        "2024",
      ].map(parseDateInput),
    ).toEqual([
      "2024-03-14",
      "2024-03-14",
      "2024-03-14",
      "2024-03-14",
      "2024-03",
      "2024-03",
      "2024",
    ]);
    expect(["2024-02-30", "jeudi", "bientôt", "14 mars"].map(parseDateInput)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("says what is wrong with a value typed, in the reviewer's language", () => {
    const date = readFieldText("date", "jeudi", "fr");
    expect("problem" in date && problemText(date.problem, "fr")).toBe(
      "« jeudi » n'est pas une date ; attendu 2023-11-17, 17 novembre 2023, novembre 2023 ou 2023",
    );
    const value = readFieldText("value", "300 salariés", "en");
    expect("problem" in value && problemText(value.problem, "en")).toBe(
      '"300 salariés" is not a number; expected, for example, 300 or 1,200',
    );
    expect(readFieldText("value", "1 200", "fr")).toEqual({ value: 1200 });
    expect(readFieldText("total", "1,200", "en")).toEqual({ value: 1200 });
    expect(readFieldText("role", "", "fr")).toEqual({ value: undefined });
    const empty = readFieldText("value", " ", "en");
    expect("problem" in empty && problemText(empty.problem, "en")).toBe(
      "Value cannot be left empty",
    );
  });

  it("refuses a total smaller than its value, as lint does", () => {
    const wrong = withField(ref("grevistes"), "total", 200);
    const problem = factProblem(wrong, "fr");
    expect(problem && problemText(problem, "fr")).toBe(
      "le total (200) est plus petit que la valeur (300)",
    );
    expect(factProblem(ref("grevistes"), "fr")).toBeUndefined();
  });

  it("shows a field as a person reads it", () => {
    const fact = ref("renvoi-roux");
    expect(fieldText(pack, fact, "target", "fr")).toBe("Paul Roux");
    expect(fieldText(pack, fact, "date", "en")).toBe("March 15, 2024");
    expect(fieldText(pack, ref("grevistes"), "total", "fr")).toBe("450");
  });

  it("finds the pack's entities forgiving accents, case, typos and aliases", () => {
    const find = (q: string) => entityMatcher(pack)(q).map((e) => e.id);
    expect(find("blnc")[0]).toBe("ines-blanc");
    expect(find("ines")[0]).toBe("ines-blanc");
    expect(find("roux")).toEqual(["paul-roux"]);
    expect(find("salaries")[0]).toBe("salaries-acme");
    expect(find("zorglub")).toEqual([]);
  });
});
