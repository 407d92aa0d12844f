import type { EventType } from "../facts/model.js";
import type { Entry, FrenchVerb } from "./lexicon.js";

// How French says each event type; see lexicon.ts for what each field means.

const fv = (
  pp: string,
  aux: "avoir" | "être",
  forms: Partial<FrenchVerb> & Pick<FrenchVerb, "inf" | "cond">,
): FrenchVerb => ({ pp, aux, ...forms });

export const FRENCH: Record<EventType, Entry<FrenchVerb>> = {
  dismissal: {
    verb: fv("évincé", "avoir", { inf: "évincer", cond: "évincerait" }),
    target: "",
    role: "post-from",
    org: "de",
    order: ["target", "role"],
    bare: {
      verb: fv("procédé", "avoir", { inf: "procéder", cond: "procéderait" }),
      object: "à un renvoi",
      order: [],
    },
    noun: "le renvoi",
    roleQuestion: "De quel poste",
  },
  resignation: {
    verb: fv("démissionné", "avoir", { inf: "démissionner", cond: "démissionnerait" }),
    target: "de",
    role: "post-from",
    org: "de",
    order: ["role", "target"],
    noun: "la démission",
    roleQuestion: "De quel poste",
  },
  appointment: {
    verb: fv("nommé", "avoir", { inf: "nommer", cond: "nommerait" }),
    target: "",
    role: "attribute",
    order: ["target", "role"],
    bare: {
      verb: fv("procédé", "avoir", { inf: "procéder", cond: "procéderait" }),
      object: "à une nomination",
      order: [],
    },
    noun: "la nomination",
    roleQuestion: "À quel poste",
  },
  hiring: {
    verb: fv("embauché", "avoir", { inf: "embaucher", cond: "embaucherait" }),
    target: "",
    role: "as",
    order: ["target", "role"],
    bare: {
      verb: fv("procédé", "avoir", { inf: "procéder", cond: "procéderait" }),
      object: "à une embauche",
      order: [],
    },
    noun: "l'embauche",
    roleQuestion: "À quel poste",
  },
  departure: {
    verb: fv("quitté", "avoir", { inf: "quitter", cond: "quitterait" }),
    target: "",
    role: "post",
    orgAsTarget: true,
    order: ["target", "role"],
    bare: { verb: fv("parti", "être", { inf: "partir", cond: "partirait" }), order: [] },
    noun: "le départ",
    roleQuestion: "Quel poste",
  },
  joining: {
    verb: fv("rejoint", "avoir", { inf: "rejoindre", cond: "rejoindrait" }),
    target: "",
    role: "as",
    orgAsTarget: true,
    order: ["target", "role"],
    noun: "l'arrivée",
    roleQuestion: "À quel poste",
  },
  petition: {
    verb: fv("signé", "avoir", { inf: "signer", cond: "signerait" }),
    object: "une pétition",
    // To whom it is addressed (« une lettre adressée au conseil »): what it asks is its label.
    target: "adressée à",
    order: ["target"],
    labelled: {
      verb: fv("signé", "avoir", { inf: "signer", cond: "signerait" }),
      label: "",
      order: ["label"],
    },
    noun: "la pétition",
  },
  statement: {
    verb: fv("exprimé", "être", { reflexive: true, inf: "exprimer", cond: "exprimerait" }),
    label: "dans",
    target: "au sujet de",
    order: ["label", "target"],
    noun: "la déclaration",
  },
  investment: {
    verb: fv("investi", "avoir", { inf: "investir", cond: "investirait" }),
    target: "dans",
    order: ["target"],
    labelled: {
      verb: fv("réalisé", "avoir", { inf: "réaliser", cond: "réaliserait" }),
      label: "",
      target: "dans",
      order: ["label", "target"],
    },
    noun: "l'investissement",
  },
  acquisition: {
    verb: fv("racheté", "avoir", { inf: "racheter", cond: "rachèterait" }),
    target: "",
    order: ["target"],
    labelled: {
      verb: fv("annoncé", "avoir", { inf: "annoncer", cond: "annoncerait" }),
      label: "",
      order: ["label"],
    },
    noun: "le rachat",
  },
  agreement: {
    verb: fv("conclu", "avoir", { inf: "conclure", cond: "conclurait" }),
    object: "un accord",
    target: "avec",
    order: ["target"],
    labelled: {
      verb: fv("conclu", "avoir", { inf: "conclure", cond: "conclurait" }),
      target: "avec",
      label: "",
      order: ["target", "label"],
    },
    noun: "l'accord",
  },
  strike: {
    verb: fv("mis", "être", { reflexive: true, tail: "en grève", inf: "mettre", cond: "mettrait" }),
    target: "chez",
    order: ["target"],
    noun: "la grève",
  },
  layoff: {
    verb: fv("licencié", "avoir", { inf: "licencier", cond: "licencierait" }),
    target: "",
    order: ["target"],
    labelled: {
      verb: fv("annoncé", "avoir", { inf: "annoncer", cond: "annoncerait" }),
      label: "",
      order: ["label"],
    },
    bare: {
      verb: fv("procédé", "avoir", { inf: "procéder", cond: "procéderait" }),
      object: "à des licenciements",
      order: [],
    },
    noun: "les licenciements",
  },
  closure: {
    verb: fv("fermé", "avoir", { inf: "fermer", cond: "fermerait" }),
    target: "",
    order: ["target"],
    labelled: {
      verb: fv("fermé", "avoir", { inf: "fermer", cond: "fermerait" }),
      label: "",
      order: ["label"],
    },
    noun: "la fermeture",
  },
  founding: {
    verb: fv("fondé", "avoir", { inf: "fonder", cond: "fonderait" }),
    target: "",
    order: ["target"],
    labelled: {
      verb: fv("fondé", "avoir", { inf: "fonder", cond: "fonderait" }),
      label: "",
      order: ["label"],
    },
    noun: "la fondation",
  },
  launch: {
    verb: fv("lancé", "avoir", { inf: "lancer", cond: "lancerait" }),
    target: "",
    order: ["target"],
    labelled: {
      verb: fv("lancé", "avoir", { inf: "lancer", cond: "lancerait" }),
      label: "",
      order: ["label"],
    },
    noun: "le lancement",
  },
  announcement: {
    verb: fv("fait", "avoir", { inf: "faire", cond: "ferait" }),
    object: "une annonce",
    target: "concernant",
    order: ["target"],
    labelled: {
      verb: fv("annoncé", "avoir", { inf: "annoncer", cond: "annoncerait" }),
      label: "",
      target: "concernant",
      order: ["label", "target"],
    },
    noun: "l'annonce",
  },
  negotiation: {
    verb: fv("négocié", "avoir", { inf: "négocier", cond: "négocierait" }),
    target: "avec",
    order: ["target"],
    labelled: {
      verb: fv("négocié", "avoir", { inf: "négocier", cond: "négocierait" }),
      label: "",
      target: "avec",
      order: ["label", "target"],
    },
    noun: "la négociation",
  },
  other: {
    verb: fv("participé", "avoir", { inf: "participer", cond: "participerait" }),
    label: "à",
    target: "avec",
    order: ["label", "target"],
    bare: {
      verb: fv("participé", "avoir", { inf: "participer", cond: "participerait" }),
      object: "à un événement",
      order: [],
    },
    noun: "l'événement",
  },
};
