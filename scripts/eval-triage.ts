// `npm run eval -- --pack PATH [--out DIR]`: a pack's triage decisions as extra gold. Each source
// of the pack that kept its article becomes an evaluation case in the development corpus's
// format (src/core/triage/eval-set.ts): written under DIR (articles/*.txt, gold/*.json) with
// --out, and scored here by the corpus's reference scorer (../shared/corpus/score.mjs) when it
// is there. Accepted and edited facts are gold; rejected ones are known-wrong, and every one the
// extractor still reads is reported.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { extractPack, QUESTION_CONFIDENCE_THRESHOLD } from "../src/core/extract/index.js";
import { prepareArticle } from "../src/core/extract/prepare.js";
import { factsJson } from "../src/core/facts/json.js";
import { type EvalCase, triageEvalSet } from "../src/core/triage/eval-set.js";
import { readArticleSource, toArticleInput } from "../src/io/articles.js";
import { loadPack } from "../src/io/packs.js";

const SCORER = join(import.meta.dirname, "..", "..", "shared", "corpus", "score.mjs");
const KINDS = ["events", "claims", "quotes"] as const;

interface KindScore {
  gold: number;
  found: number;
  extracted: number;
  correct: number;
}
type Scorer = (facts: unknown, gold: unknown, min: number) => Record<string, KindScore>;

/** Builds, writes (with `out`) and scores the evaluation set of the pack at `ref`. */
export async function evalTriage(ref: string, out: string | undefined): Promise<void> {
  const loaded = loadPack(ref, process.cwd(), process.env);
  const texts = new Map<string, string>();
  for (const source of loaded.pack.sources) {
    if (!source.file) continue;
    const article = await readArticleSource(join(loaded.dir, source.file), process.cwd());
    texts.set(source.id, (await toArticleInput(article, {})).text);
  }
  const cases = triageEvalSet(loaded.pack, texts);
  if (cases.length === 0) {
    console.log(`${ref}: no reviewed facts with their article; nothing to evaluate`);
    return;
  }
  if (out) write(cases, resolve(out));
  let scoreOne: Scorer | undefined;
  try {
    ({ scoreOne } = (await import(pathToFileURL(SCORER).href)) as { scoreOne: Scorer });
  } catch {
    console.log(`${cases.length} case(s); not scored: ${SCORER} is not there`);
    return;
  }
  console.log(
    `${cases.length} case(s) from ${ref}; facts with confidence >= ${QUESTION_CONFIDENCE_THRESHOLD}`,
  );
  console.log("case                           kind     reviewed-right found   rejected still read");
  for (const c of cases) {
    // Read as the corpus's articles are: the front matter gives the date and language.
    const input = prepareArticle(c.article, "text", {});
    const facts = factsJson(extractPack([input], { id: "eval" }));
    const right = scoreOne(facts, c.gold, QUESTION_CONFIDENCE_THRESHOLD);
    const wrong = scoreOne(facts, { ...c.gold, ...c.gold.rejected }, QUESTION_CONFIDENCE_THRESHOLD);
    for (const kind of KINDS) {
      console.log(
        `${c.name.slice(0, 30).padEnd(30)} ${kind.padEnd(8)} ${String(right[kind]!.found).padStart(6)} / ${String(right[kind]!.gold).padEnd(6)}  ${String(wrong[kind]!.found).padStart(6)} / ${wrong[kind]!.gold}`,
      );
    }
  }
}

function write(cases: readonly EvalCase[], dir: string): void {
  mkdirSync(join(dir, "articles"), { recursive: true });
  mkdirSync(join(dir, "gold"), { recursive: true });
  for (const c of cases) {
    writeFileSync(join(dir, "articles", `${c.name}.txt`), c.article);
    writeFileSync(join(dir, "gold", `${c.name}.json`), `${JSON.stringify(c.gold, null, 2)}\n`);
  }
  console.log(`wrote ${cases.length} case(s) to ${dir}`);
}
