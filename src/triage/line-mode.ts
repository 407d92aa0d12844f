import type { FactRef } from "../core/facts/fact-index.js";
import type { Language, Pack } from "../core/facts/model.js";
import { msg } from "../core/i18n/msg.js";
import { inertLine } from "../core/text/inert.js";
import { factCard } from "../core/triage/card.js";
import {
  editableFields,
  entityMatcher,
  FIELD_KIND,
  type FieldName,
  factProblem,
  fieldText,
  isChanged,
  isRequired,
  problemText,
  readFieldText,
  withField,
} from "../core/triage/fields.js";
import {
  currentFact,
  isFinished,
  leftUnreviewed,
  reviewOf,
  type TriageAction,
  type TriageSession,
  triageCounts,
  triageReducer,
} from "../core/triage/session.js";
import { cardLines, progressText } from "../core/triage/transcript.js";
import { type LineReader, lineReader } from "../io/line-reader.js";

/** Where line mode reads and writes; `echo` repeats each line read, for transcripts of piped input. */
export interface TriageLineIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  echo: boolean;
  /** Told of each change of the session, so that a signal can save the decisions so far. */
  onSession?: (session: TriageSession) => void;
}

// One letter per line, as the full screen's keys.
const COMMANDS: Record<string, TriageAction["type"] | "edit" | "help" | "quit"> = {
  a: "accept",
  x: "reject",
  e: "edit",
  u: "undo",
  s: "skip",
  "?": "help",
  q: "quit",
};

/**
 * The review one fact at a time as plain lines, for `--plain`, pipes and screen readers: the
 * fact, then one line read (a, x, e, u, s, ?, q); `e` asks each field in turn. The end of the
 * input leaves, as q does. Returns the session as it ended; saving it is the caller's.
 */
export async function runTriageLines(
  pack: Pack,
  title: string,
  start: TriageSession,
  lang: Language,
  io: TriageLineIo,
): Promise<TriageSession> {
  const lines = lineReader(io.input, io.output, io.echo);
  try {
    return await review(pack, title, start, lang, io, lines.read);
  } finally {
    lines.close();
  }
}

async function review(
  pack: Pack,
  title: string,
  start: TriageSession,
  lang: Language,
  io: TriageLineIo,
  read: LineReader["read"],
): Promise<TriageSession> {
  const print = (...lines: string[]) => io.output.write(lines.map((l) => `${l}\n`).join(""));
  const findEntity = entityMatcher(pack);
  let s = start;
  const act = (action: TriageAction) => {
    s = triageReducer(s, action);
    io.onSession?.(s);
  };
  const sentence = (ref: FactRef) =>
    inertLine(factCard(pack, ref, lang, reviewOf(s, ref.fact.id)).sentence);

  /** Asks each field in turn; undefined when the input ended. */
  const edit = async (ref: FactRef): Promise<FactRef | undefined> => {
    let fact = ref;
    for (const field of editableFields(ref)) {
      for (;;) {
        const shown =
          inertLine(fieldText(pack, fact, field, lang)) || msg(lang, "triage.edit.none");
        const line = await read(
          msg(lang, "triage.line.field", {
            field: msg(lang, `triage.field.${field}`),
            value: shown,
          }),
        );
        if (line === undefined) return undefined;
        const next = readField(fact, field, line.trim());
        if (typeof next === "string") {
          print(next);
          continue;
        }
        fact = next;
        break;
      }
    }
    return fact;
  };
  const readField = (fact: FactRef, field: FieldName, text: string): FactRef | string => {
    if (text === "") return fact;
    if (text === "-") {
      if (isRequired(field)) {
        return problemText(
          { key: "triage.problem.required", vars: { field: msg(lang, `triage.field.${field}`) } },
          lang,
        );
      }
      return withField(fact, field, undefined);
    }
    if (FIELD_KIND[field] === "entity") {
      const entity = findEntity(text)[0];
      if (!entity) {
        const names = pack.entities.map((e) => e.name).join(", ");
        return problemText(
          {
            key: "triage.problem.entity",
            vars: { text: inertLine(text), names: inertLine(names) },
          },
          lang,
        );
      }
      print(msg(lang, "triage.line.picked", { name: inertLine(entity.name) }));
      return withField(fact, field, entity.id);
    }
    const read = readFieldText(field, text, lang);
    return "problem" in read ? problemText(read.problem, lang) : withField(fact, field, read.value);
  };

  print(
    msg(lang, "triage.line.header", {
      title: inertLine(title),
      count: msg(lang, "n.facts", { n: s.queue.length }),
    }),
    "",
  );
  let shownAt = -1;
  for (;;) {
    if (isFinished(s)) {
      const left = leftUnreviewed(s);
      print(s.queue.length === 0 ? msg(lang, "triage.done.nothing") : msg(lang, "triage.done"));
      if (left > 0)
        print(msg(lang, "triage.done.left", { count: msg(lang, "n.skipped-facts", { n: left }) }));
      print(progressText(triageCounts(s), lang));
      if (s.queue.length === 0) return s;
      const line = await read(
        `${msg(lang, left > 0 ? "triage.keys.done-again" : "triage.keys.done")}: `,
      );
      const command = line?.trim().toLowerCase();
      if (line === undefined || command === "q") return s;
      if (command === "u") act({ type: "undo" });
      else if (command === "" && left > 0) act({ type: "again" });
      shownAt = -1;
      continue;
    }
    const ref = currentFact(s)!;
    if (shownAt !== s.position) {
      const card = factCard(pack, ref, lang, reviewOf(s, ref.fact.id));
      print(
        progressText(triageCounts(s), lang),
        ...cardLines(card, s.position + 1, s.queue.length, lang),
      );
      shownAt = s.position;
    }
    const line = await read(msg(lang, "triage.line.ask"));
    if (line === undefined) return s;
    const text = line.trim();
    const command = COMMANDS[text.toLowerCase()];
    if (command === undefined) {
      print(msg(lang, "triage.line.unknown", { text: inertLine(text) }));
      continue;
    }
    if (command === "quit") return s;
    if (command === "help") {
      print(msg(lang, "triage.line.help"));
      continue;
    }
    if (command === "edit") {
      const edited = await edit(ref);
      if (edited === undefined) return s;
      const problem = factProblem(edited, lang);
      if (problem) {
        print(problemText(problem, lang));
        continue;
      }
      if (!isChanged(ref, edited)) {
        print(msg(lang, "triage.edit.unchanged"));
        continue;
      }
      act({ type: "edit", fact: edited });
      print(msg(lang, "triage.now.edited", { fact: sentence(edited) }), "");
      continue;
    }
    if (command === "undo") {
      if (s.history.length === 0) {
        print(msg(lang, "triage.line.nothing-to-undo"));
        continue;
      }
      act({ type: "undo" });
      print(msg(lang, "triage.now.undone", { fact: sentence(currentFact(s)!) }), "");
      shownAt = -1;
      continue;
    }
    act({ type: command });
    const said =
      command === "accept"
        ? "triage.now.accepted"
        : command === "reject"
          ? "triage.now.rejected"
          : "triage.now.skipped";
    print(msg(lang, said, { fact: sentence(ref) }), "");
  }
}
