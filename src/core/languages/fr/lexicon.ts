import type { EventType } from "../../facts/model.js";
import * as frames from "../../phrase/lexicon.js";
import type { FrenchVerb } from "./verb.js";

// How French says each event type; see phrase/lexicon.ts for what each field means.

/**
 * A French verb as a dictionary writes it (« nommer », « s'exprimer », « se mettre en grève »):
 * a pronominal one takes « être »; the past participle and the conditional of a verb in -er or
 * -ir follow the rule (« nommé », « nommerait »; « investi », « investirait »), and an irregular
 * one gives the forms that break it (« conclu », « rachèterait »).
 */
function fv(phrase: string, irregular: Partial<Pick<FrenchVerb, "pp" | "cond" | "aux">> = {}) {
  const reflexive = /^(?:se |s')/.test(phrase);
  const [inf = "", ...tail] = phrase.replace(/^(?:se |s')/, "").split(" ");
  const pp = irregular.pp ?? (inf.endsWith("er") ? `${inf.slice(0, -2)}é` : inf.slice(0, -1));
  const verb: FrenchVerb = {
    pp,
    aux: irregular.aux ?? (reflexive ? "être" : "avoir"),
    inf,
    cond: irregular.cond ?? `${inf.replace(/e$/, "")}ait`,
  };
  if (reflexive) verb.reflexive = true;
  if (tail.length > 0) verb.tail = tail.join(" ");
  return verb;
}

// Verbs several events say.
const ANNONCER = fv("annoncer");
const CONCLURE = fv("conclure", { pp: "conclu" });
const PARTICIPER = fv("participer");
const PROCEDER = fv("procéder");
const SIGNER = fv("signer");

export const FRENCH: Record<EventType, frames.Entry<FrenchVerb>> = {
  dismissal: {
    verb: fv("évincer"),
    target: "",
    role: "post-from",
    org: "de",
    order: ["target", "role"],
    bare: frames.bareFrame(PROCEDER, "à un renvoi"),
    noun: "le renvoi",
    roleQuestion: "De quel poste",
  },
  resignation: {
    verb: fv("démissionner"),
    target: "de",
    role: "post-from",
    org: "de",
    order: ["role", "target"],
    noun: "la démission",
    roleQuestion: "De quel poste",
  },
  appointment: {
    verb: fv("nommer"),
    target: "",
    role: "attribute",
    order: ["target", "role"],
    bare: frames.bareFrame(PROCEDER, "à une nomination"),
    noun: "la nomination",
    roleQuestion: "À quel poste",
  },
  hiring: {
    verb: fv("embaucher"),
    target: "",
    role: "as",
    order: ["target", "role"],
    bare: frames.bareFrame(PROCEDER, "à une embauche"),
    noun: "l'embauche",
    roleQuestion: "À quel poste",
  },
  departure: {
    verb: fv("quitter"),
    target: "",
    role: "post",
    orgAsTarget: true,
    order: ["target", "role"],
    bare: frames.bareFrame(fv("partir", { aux: "être" })),
    noun: "le départ",
    roleQuestion: "Quel poste",
  },
  joining: {
    verb: fv("rejoindre", { pp: "rejoint" }),
    target: "",
    role: "as",
    orgAsTarget: true,
    order: ["target", "role"],
    noun: "l'arrivée",
    roleQuestion: "À quel poste",
  },
  petition: {
    verb: SIGNER,
    object: "une pétition",
    // To whom it is addressed (« une lettre adressée au conseil »): what it asks is its label.
    target: "adressée à",
    order: ["target"],
    labelled: frames.labelFrame(SIGNER),
    noun: "la pétition",
  },
  statement: {
    verb: fv("s'exprimer"),
    label: "dans",
    target: "au sujet de",
    order: ["label", "target"],
    noun: "la déclaration",
  },
  investment: frames.prepositionalEntry(fv("investir"), "dans", "l'investissement", fv("réaliser")),
  acquisition: frames.directObjectEntry(
    fv("racheter", { cond: "rachèterait" }),
    "le rachat",
    ANNONCER,
  ),
  agreement: {
    verb: CONCLURE,
    object: "un accord",
    target: "avec",
    order: ["target"],
    // The label's own clause ends the sentence (see languages/en/lexicon.ts).
    labelled: { verb: CONCLURE, target: "avec", label: "", order: ["target", "label"] },
    noun: "l'accord",
  },
  strike: {
    verb: fv("se mettre en grève", { pp: "mis" }),
    target: "chez",
    order: ["target"],
    noun: "la grève",
  },
  layoff: {
    ...frames.directObjectEntry(fv("licencier"), "les licenciements", ANNONCER),
    bare: frames.bareFrame(PROCEDER, "à des licenciements"),
  },
  closure: frames.directObjectEntry(fv("fermer"), "la fermeture"),
  founding: frames.directObjectEntry(fv("fonder"), "la fondation"),
  launch: frames.directObjectEntry(fv("lancer"), "le lancement"),
  announcement: {
    verb: fv("faire", { pp: "fait", cond: "ferait" }),
    object: "une annonce",
    target: "concernant",
    order: ["target"],
    labelled: frames.labelFrame(ANNONCER, "concernant"),
    noun: "l'annonce",
  },
  negotiation: frames.prepositionalEntry(fv("négocier"), "avec", "la négociation"),
  other: {
    verb: PARTICIPER,
    label: "à",
    target: "avec",
    order: ["label", "target"],
    bare: frames.bareFrame(PARTICIPER, "à un événement"),
    noun: "l'événement",
  },
};
