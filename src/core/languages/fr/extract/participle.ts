// Folded forms (no accents), so « embauche » typed without its accent is read too. Each verb is
// listed with the forms news prose uses: past participle (all agreements), present, infinitive.

/** A past participle in all its agreements: « nomme », « nommee », « nommes », « nommees ». */
export const pp = (stem: string) => `${stem}(?:e|ee|es|ees)`;
