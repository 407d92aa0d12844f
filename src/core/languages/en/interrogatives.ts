import type { EntityKind } from "../../facts/model.js";
import type { Interrogative } from "../../phrase/names.js";

/** "who", "which organisation", "which product": what an English question asks with. */
export const INTERROGATIVES: Record<EntityKind, Interrogative> = {
  person: { text: "who", gender: "m", person: true },
  group: { text: "who", gender: "m", person: true },
  organisation: { text: "which organisation", gender: "m", person: false },
  product: { text: "which product", gender: "m", person: false },
  place: { text: "which place", gender: "m", person: false },
};
