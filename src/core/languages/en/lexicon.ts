import type { EventType } from "../../facts/model.js";
import * as frames from "../../phrase/lexicon.js";
import type { EnglishVerb } from "./verb.js";

// How English says each event type; see phrase/lexicon.ts for what each field means.

/**
 * An English verb as a dictionary writes it ("fire", "lay off", "go on strike"): its first word
 * is the verb, the rest its tail. A regular verb's past and past participle follow the rule
 * ("fired", "carried", "signed"); an irregular one gives them ("left"; "spoke", "spoken").
 */
function ev(phrase: string, past = regularPast(phrase.split(" ")[0] ?? ""), pp = past) {
  const [base = "", ...tail] = phrase.split(" ");
  const verb: EnglishVerb = { base, past, pp };
  if (tail.length > 0) verb.tail = tail.join(" ");
  return verb;
}

function regularPast(base: string): string {
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

// Verbs several events say.
const ANNOUNCE = ev("announce");
const LEAVE = ev("leave", "left");
const MAKE = ev("make", "made");
const SIGN = ev("sign");
const TAKE_PART = ev("take part", "took", "taken");

export const ENGLISH: Record<EventType, frames.Entry<EnglishVerb>> = {
  dismissal: {
    verb: ev("fire"),
    target: "",
    role: "as",
    org: "from",
    order: ["target", "role"],
    bare: frames.bareFrame(ev("carry out"), "a dismissal"),
    noun: "the dismissal",
    roleQuestion: "From which post",
  },
  resignation: {
    verb: ev("resign"),
    target: "from",
    role: "as",
    org: "from",
    order: ["role", "target"],
    noun: "the resignation",
    roleQuestion: "From which post",
  },
  appointment: {
    verb: ev("appoint"),
    target: "",
    role: "attribute",
    order: ["target", "role"],
    bare: frames.bareFrame(MAKE, "an appointment"),
    noun: "the appointment",
    roleQuestion: "To which post",
  },
  hiring: {
    verb: ev("hire"),
    target: "",
    role: "as",
    order: ["target", "role"],
    bare: frames.bareFrame(MAKE, "a hire"),
    noun: "the hiring",
    roleQuestion: "In which role",
  },
  departure: {
    verb: LEAVE,
    target: "",
    role: "post",
    orgAsTarget: true,
    order: ["target", "role"],
    bare: frames.bareFrame(LEAVE),
    noun: "the departure",
    roleQuestion: "Which post",
  },
  joining: {
    verb: ev("join"),
    target: "",
    role: "as",
    orgAsTarget: true,
    order: ["target", "role"],
    noun: "the arrival",
    roleQuestion: "In which role",
  },
  petition: {
    verb: SIGN,
    object: "a petition",
    // To whom it is addressed ("a letter to the board"): what it asks is its label.
    target: "addressed to",
    order: ["target"],
    labelled: frames.labelFrame(SIGN),
    noun: "the petition",
  },
  statement: {
    verb: ev("speak", "spoke", "spoken"),
    label: "in",
    target: "about",
    order: ["label", "target"],
    noun: "the statement",
  },
  investment: frames.prepositionalEntry(ev("invest"), "in", "the investment", MAKE),
  acquisition: frames.directObjectEntry(ev("acquire"), "the acquisition", ANNOUNCE),
  agreement: {
    verb: SIGN,
    object: "an agreement",
    target: "with",
    order: ["target"],
    labelled: {
      verb: ev("conclude"),
      target: "with",
      label: "",
      // "concluded with OpenAI a partnership that gives OpenAI access to its supercomputers":
      // the label's own clause must end the sentence, or "with OpenAI" reads as part of it.
      order: ["target", "label"],
    },
    noun: "the agreement",
  },
  strike: {
    verb: ev("go on strike", "went", "gone"),
    target: "at",
    order: ["target"],
    noun: "the strike",
  },
  layoff: {
    ...frames.directObjectEntry(ev("lay off", "laid"), "the layoffs", ANNOUNCE),
    bare: frames.bareFrame(ANNOUNCE, "layoffs"),
  },
  closure: frames.directObjectEntry(ev("close"), "the closure"),
  founding: frames.directObjectEntry(ev("found"), "the founding"),
  launch: frames.directObjectEntry(ev("launch"), "the launch"),
  announcement: {
    verb: MAKE,
    object: "an announcement",
    target: "about",
    order: ["target"],
    labelled: frames.labelFrame(ANNOUNCE, "about"),
    noun: "the announcement",
  },
  negotiation: frames.prepositionalEntry(ev("negotiate"), "with", "the negotiation"),
  other: {
    verb: TAKE_PART,
    label: "in",
    target: "with",
    order: ["label", "target"],
    bare: frames.bareFrame(TAKE_PART, "in an event"),
    noun: "the event",
  },
};
