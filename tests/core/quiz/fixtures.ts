import type { Question } from "../../../src/core/question/model.js";

type Of<T extends Question["type"]> = Extract<Question, { type: T }>;

// One hand-written question of every type, in the shape the pack loader gives them.
const base = {
  explanation: "why",
  sources: ["s1"],
  facts: ["f1"],
  tags: [],
  kind: "written" as const,
};

export const single: Of<"single"> = {
  ...base,
  id: "single",
  type: "single",
  prompt: "Where?",
  choices: [
    { text: "X", correct: true, feedback: "yes, X" },
    { text: "LinkedIn", correct: false, feedback: "no, not LinkedIn" },
    { text: "Threads", correct: false },
  ],
};

export const multiple: Of<"multiple"> = {
  ...base,
  id: "multiple",
  type: "multiple",
  prompt: "Who left?",
  choices: [
    { text: "Pachocki", correct: true },
    { text: "Madry", correct: true },
    { text: "Sidor", correct: true },
    { text: "Murati", correct: false, feedback: "interim CEO" },
    { text: "Sutskever", correct: false },
  ],
};

export const truefalse: Of<"truefalse"> = {
  ...base,
  id: "tf",
  type: "truefalse",
  prompt: "It began in 2016.",
  answer: true,
  feedbackWrong: "It did begin in 2016.",
};

export const numeric: Of<"numeric"> = {
  ...base,
  id: "numeric",
  type: "numeric",
  prompt: "How many employees?",
  answers: [{ value: 700, tolerance: 30 }],
  unit: "employees",
};

export const short: Of<"short"> = {
  ...base,
  id: "short",
  type: "short",
  prompt: "Who became interim CEO on 19 November?",
  answers: ["Emmett Shear"],
};

export const matching: Of<"matching"> = {
  ...base,
  id: "matching",
  type: "matching",
  prompt: "Match",
  pairs: [
    { left: "Murati", right: "CTO" },
    { left: "Sutskever", right: "chief scientist" },
    { left: "Pachocki", right: "research director" },
    { left: "Brockman", right: "chairman" },
  ],
};

export const ordering: Of<"ordering"> = {
  ...base,
  id: "ordering",
  type: "ordering",
  prompt: "Order",
  items: ["founding", "partnership", "Musk leaves", "investment", "ChatGPT"],
};

export const essay: Question = { ...base, id: "essay", type: "essay", prompt: "Why?" };
export const description: Question = {
  ...base,
  id: "intro",
  type: "description",
  prompt: "Read this.",
};
