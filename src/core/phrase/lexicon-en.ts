import type { EventType } from "../facts/model.js";
import type { EnglishVerb, Entry } from "./lexicon.js";

// How English says each event type; see lexicon.ts for what each field means.

const ev = (base: string, past: string, pp = past, tail?: string): EnglishVerb =>
  tail ? { base, past, pp, tail } : { base, past, pp };

export const ENGLISH: Record<EventType, Entry<EnglishVerb>> = {
  dismissal: {
    verb: ev("fire", "fired"),
    target: "",
    role: "as",
    org: "from",
    order: ["target", "role"],
    bare: { verb: ev("carry", "carried", "carried", "out"), object: "a dismissal", order: [] },
    noun: "the dismissal",
    roleQuestion: "From which post",
  },
  resignation: {
    verb: ev("resign", "resigned"),
    target: "from",
    role: "as",
    org: "from",
    order: ["role", "target"],
    noun: "the resignation",
    roleQuestion: "From which post",
  },
  appointment: {
    verb: ev("appoint", "appointed"),
    target: "",
    role: "attribute",
    order: ["target", "role"],
    bare: { verb: ev("make", "made"), object: "an appointment", order: [] },
    noun: "the appointment",
    roleQuestion: "To which post",
  },
  hiring: {
    verb: ev("hire", "hired"),
    target: "",
    role: "as",
    order: ["target", "role"],
    bare: { verb: ev("make", "made"), object: "a hire", order: [] },
    noun: "the hiring",
    roleQuestion: "In which role",
  },
  departure: {
    verb: ev("leave", "left"),
    target: "",
    role: "post",
    orgAsTarget: true,
    order: ["target", "role"],
    bare: { verb: ev("leave", "left"), order: [] },
    noun: "the departure",
    roleQuestion: "Which post",
  },
  joining: {
    verb: ev("join", "joined"),
    target: "",
    role: "as",
    orgAsTarget: true,
    order: ["target", "role"],
    noun: "the arrival",
    roleQuestion: "In which role",
  },
  petition: {
    verb: ev("sign", "signed"),
    object: "a petition",
    // To whom it is addressed ("a letter to the board"): what it asks is its label.
    target: "addressed to",
    order: ["target"],
    labelled: { verb: ev("sign", "signed"), label: "", order: ["label"] },
    noun: "the petition",
  },
  statement: {
    verb: ev("speak", "spoke", "spoken"),
    label: "in",
    target: "about",
    order: ["label", "target"],
    noun: "the statement",
  },
  investment: {
    verb: ev("invest", "invested"),
    target: "in",
    order: ["target"],
    labelled: { verb: ev("make", "made"), label: "", target: "in", order: ["label", "target"] },
    noun: "the investment",
  },
  acquisition: {
    verb: ev("acquire", "acquired"),
    target: "",
    order: ["target"],
    labelled: { verb: ev("announce", "announced"), label: "", order: ["label"] },
    noun: "the acquisition",
  },
  agreement: {
    verb: ev("sign", "signed"),
    object: "an agreement",
    target: "with",
    order: ["target"],
    labelled: {
      verb: ev("conclude", "concluded"),
      target: "with",
      label: "",
      // "concluded with OpenAI a partnership that gives OpenAI access to its supercomputers":
      // the label's own clause must end the sentence, or "with OpenAI" reads as part of it.
      order: ["target", "label"],
    },
    noun: "the agreement",
  },
  strike: {
    verb: ev("go", "went", "gone", "on strike"),
    target: "at",
    order: ["target"],
    noun: "the strike",
  },
  layoff: {
    verb: ev("lay", "laid", "laid", "off"),
    target: "",
    order: ["target"],
    labelled: { verb: ev("announce", "announced"), label: "", order: ["label"] },
    bare: { verb: ev("announce", "announced"), object: "layoffs", order: [] },
    noun: "the layoffs",
  },
  closure: {
    verb: ev("close", "closed"),
    target: "",
    order: ["target"],
    labelled: { verb: ev("close", "closed"), label: "", order: ["label"] },
    noun: "the closure",
  },
  founding: {
    verb: ev("found", "founded"),
    target: "",
    order: ["target"],
    labelled: { verb: ev("found", "founded"), label: "", order: ["label"] },
    noun: "the founding",
  },
  launch: {
    verb: ev("launch", "launched"),
    target: "",
    order: ["target"],
    labelled: { verb: ev("launch", "launched"), label: "", order: ["label"] },
    noun: "the launch",
  },
  announcement: {
    verb: ev("make", "made"),
    object: "an announcement",
    target: "about",
    order: ["target"],
    labelled: {
      verb: ev("announce", "announced"),
      label: "",
      target: "about",
      order: ["label", "target"],
    },
    noun: "the announcement",
  },
  negotiation: {
    verb: ev("negotiate", "negotiated"),
    target: "with",
    order: ["target"],
    labelled: {
      verb: ev("negotiate", "negotiated"),
      label: "",
      target: "with",
      order: ["label", "target"],
    },
    noun: "the negotiation",
  },
  other: {
    verb: ev("take", "took", "taken", "part"),
    label: "in",
    target: "with",
    order: ["label", "target"],
    bare: { verb: ev("take", "took", "taken", "part"), object: "in an event", order: [] },
    noun: "the event",
  },
};
