import type { EntityKind } from "../../facts/model.js";
import type { Interrogative } from "../../phrase/names.js";

/** « qui », « quelle organisation », « quel produit »: what a French question asks with. */
export const INTERROGATIVES: Record<EntityKind, Interrogative> = {
  person: { text: "qui", gender: "m", person: true },
  group: { text: "qui", gender: "m", person: true },
  organisation: { text: "quelle organisation", gender: "f", person: false },
  product: { text: "quel produit", gender: "m", person: false },
  place: { text: "quel lieu", gender: "m", person: false },
};
