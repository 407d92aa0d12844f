// How each event type is said, as data (compromise keeps its rules as data too). A frame names
// the verb and how each part of the event attaches to it: the target as a direct object ("") or
// after a preposition ("dans", "with"), the label (the event's own noun phrase), the role.

/** A part of an event that a sentence may carry after its verb. */
export type Slot = "target" | "label" | "role" | "org";

/**
 * How a role attaches: « de son poste de PDG » (post-from), « son poste de PDG » (post),
 * « nommé PDG » (attribute), « comme responsable » (as).
 */
export type RoleAttachment = "post-from" | "post" | "attribute" | "as";

export interface Frame<V> {
  verb: V;
  /** A fixed object right after the verb: « une pétition », "an agreement". */
  object?: string;
  target?: string;
  label?: string;
  role?: RoleAttachment;
  /** The preposition before the organisation when there is no role: « démissionné d'OpenAI ». */
  org?: string;
  /** The organisation stands for a missing target: « a quitté OpenAI ». */
  orgAsTarget?: boolean;
  order: Slot[];
}

export interface Entry<V> extends Frame<V> {
  /** The frame used when the event has a label this frame has no place for. */
  labelled?: Frame<V>;
  /** The frame used when the event has neither target nor label. */
  bare?: Frame<V>;
  /** The event as a noun with its article, for lines that are not sentences. */
  noun: string;
  /** How a question about the role starts: « De quel poste », "From which post". */
  roleQuestion?: string;
}

/** The frame of an event that has neither target nor label: a verb and, maybe, a fixed object. */
export function bareFrame<V>(verb: V, object?: string): Frame<V> {
  return object === undefined ? { verb, order: [] } : { verb, object, order: [] };
}

/**
 * The frame of an event told by its label as the verb's direct object (« a annoncé la fermeture
 * du site »), then its target after `targetPrep` when one is given.
 */
export function labelFrame<V>(verb: V, targetPrep?: string): Frame<V> {
  return targetPrep === undefined
    ? { verb, label: "", order: ["label"] }
    : { verb, label: "", target: targetPrep, order: ["label", "target"] };
}

/**
 * An event told by one verb whose direct object is what it is about: its target (« a fermé
 * l'usine ») or, when the event has a label instead, the label, the object of `labelVerb`
 * (« a fermé le site de Lyon », « a annoncé le rachat de 40 % de X »).
 */
export function directObjectEntry<V>(verb: V, noun: string, labelVerb = verb): Entry<V> {
  return {
    verb,
    target: "",
    order: ["target"],
    labelled: labelFrame(labelVerb),
    noun,
  };
}

/**
 * An event told by one verb whose target follows a preposition (« a investi dans X », "negotiated
 * with X"); with a label, the label is the object of `labelVerb` and the target keeps its place
 * (« a réalisé un investissement de 2 milliards dans X »).
 */
export function prepositionalEntry<V>(
  verb: V,
  prep: string,
  noun: string,
  labelVerb = verb,
): Entry<V> {
  return {
    verb,
    target: prep,
    order: ["target"],
    labelled: labelFrame(labelVerb, prep),
    noun,
  };
}
