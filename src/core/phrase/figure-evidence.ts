import type { Claim, Language } from "../facts/model.js";

// A workforce (« le nombre total d'employés de GE », "the number of employees of Lyft") is read
// from a sentence that may count only part of it: the staff of one site (« près de 4 000
// personnes à Belfort »), a share of it ("982 employees, or 17% of its staff"), or the people let
// go ("letting go of 982 employees"). The label cannot say so, and asked as the whole staff the
// figure teaches a falsehood: the sentence the figure was read from decides. Shapes per language,
// no story's words.
const WORDS = {
  fr: {
    workforce:
      /^le nombre (?:total )?(?:de |d'|d’)(?:salariés|employés|collaborateurs|personnes|personnels|agents)(?:\s|$)/u,
    // « 4 000 personnes à Belfort », « 300 salariés en France ».
    place: /^\s*[\p{L}-]+(?:\s+\p{Ll}+)?\s+(?:à|en|au|aux)\s+\p{Lu}/u,
    // « 982 salariés, soit 17 % de ses effectifs ».
    part: /^\s*[\p{L}-]+\s*,?\s+(?:soit|ou)\s+(?:environ\s+|près de\s+)?\d/u,
    // « licencier 982 salariés », « la suppression de 300 postes », « se séparer de 900 employés ».
    cut: /(?:licenci|supprim|suppression|sépar|départ|remerci)\p{L}*(?:\s+\S+){0,3}\s*$/u,
  },
  en: {
    workforce:
      /^the (?:total )?number of (?:\S+ )?(?:employees|workers|staff|staffers|people)(?:\s|$)/u,
    // "4,000 people in Belfort", "300 workers at its plant".
    place: /^\s*[\p{L}-]+(?:\s+\p{Ll}+)?\s+(?:in|at)\s+(?:(?:its|the)\s+\p{L}|\p{Lu})/u,
    // "982 employees, or 17% of its staff".
    part: /^\s*[\p{L}-]+\s*,?\s+or\s+(?:about\s+|nearly\s+|some\s+)?\d/u,
    // "letting go of 982 employees", "laid off 1,900 people", "cut 300 jobs".
    cut: /(?:let(?:ting|s)? go|laid off|lay(?:ing|s)? off|layoffs? of|cut(?:s|ting)?|fir(?:ed|es|ing)|shed(?:s|ding)?|eliminat\p{L}*)(?:\s+\S+){0,2}\s*$/u,
  },
} as const;

/** Why the figure's sentence says its workforce label is only part of it, or undefined. */
export function workforceProblem(lang: Language, about: string, claim: Claim): string | undefined {
  const words = WORDS[lang];
  if (!claim.evidence || !words.workforce.test(about.toLowerCase())) return undefined;
  const at = figureIn(claim.evidence, claim.value);
  if (!at) return undefined;
  const after = claim.evidence.slice(at.end, at.end + 60);
  const before = claim.evidence.slice(Math.max(0, at.start - 40), at.start);
  if (words.place.test(after)) return "the staff of one place read as the whole workforce";
  if (words.part.test(after)) return "a part of the staff read as the whole workforce";
  if (words.cut.test(before.toLowerCase())) return "the people let go read as the workforce";
  return undefined;
}

/** Where the figure is written in its sentence: 4000 as « 4000 », « 4 000 » or "4,000". */
function figureIn(text: string, value: number): { start: number; end: number } | undefined {
  if (!Number.isInteger(value) || value < 0) return undefined;
  const digits = String(value);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  const re = new RegExp(
    `(?<![\\d.,])${groups.join("[\\s\\u00a0\\u202f.,]?")}(?![\\d]|[.,]\\d)`,
    "u",
  );
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
