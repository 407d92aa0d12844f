import { join } from "node:path";
import { parse } from "yaml";
import { inquirerPrompter, type Prompter } from "../authoring/prompter.js";
import { authorPack, COLLECTIONS } from "../authoring/session.js";
import type { CommandContext } from "../context.js";
import { appendToList } from "../core/pack/append.js";
import { newPackText, packItem, questionItem } from "../core/pack/new-pack.js";
import { MAX_PACK_BYTES, parsePack } from "../core/pack/parse.js";
import { UserError } from "../errors.js";
import { discoverPacks, displayPath, invalidPackError, loadPack, locatePack } from "../io/packs.js";
import { readTextFile } from "../io/read-text.js";
import { newPacksDir, schemaRefFor, writeFileAtomic } from "../io/write-pack.js";

export interface NewOptions {
  pack?: string;
}

/**
 * `newsquiz new [--pack ID]`: writes a pack by answering questions, or adds to one. The file is
 * written once, at the end, and only if it is valid; stopping with Ctrl-C writes nothing.
 */
export async function runNew(
  options: NewOptions,
  ctx: CommandContext,
  prompter?: Prompter,
): Promise<number> {
  let existing: { file: string; text: string } | undefined;
  if (options.pack) {
    const location = locatePack(options.pack, ctx.cwd, ctx.env);
    if (location.origin === "builtin") {
      throw new UserError(
        `${options.pack} is a built-in pack; expected a pack of your own (newsquiz new makes one)`,
      );
    }
    const { file } = loadPack(options.pack, ctx.cwd, ctx.env);
    existing = { file, text: readTextFile(file, displayPath(file, ctx.cwd), MAX_PACK_BYTES) };
  }
  if (!prompter && !ctx.stdin.isTTY)
    throw new UserError("newsquiz new asks questions; expected a terminal");
  const p = prompter ?? (await inquirerPrompter(ctx));
  let authored: Awaited<ReturnType<typeof authorPack>>;
  try {
    authored = await authorPack(
      p,
      existing ? parse(existing.text) : null,
      discoverPacks(ctx.cwd, ctx.env).map((l) => l.id),
    );
  } catch (error) {
    if ((error as Error).name === "ExitPromptError") {
      ctx.stderr.write("newsquiz: stopped; nothing was saved\n");
      return 1;
    }
    throw error;
  }
  const file =
    existing?.file ?? join(newPacksDir(ctx.cwd, ctx.env), authored.pack!.id, "pack.yaml");
  let text = existing?.text ?? newPackText(authored.pack!, schemaRefFor(file));
  for (const collection of COLLECTIONS) {
    const items = authored.added[collection].map(
      collection === "questions" ? questionItem : packItem,
    );
    text = appendToList(text, collection, items);
  }
  const { pack, errors } = parsePack(text, displayPath(file, ctx.cwd), authored.pack?.id ?? "pack");
  if (!pack) throw invalidPackError(errors);
  writeFileAtomic(file, text);
  const counts = COLLECTIONS.map((c) => [c, authored.added[c].length] as const).filter(
    ([, n]) => n > 0,
  );
  const summary = counts.length ? counts.map(([c, n]) => `${n} ${c}`).join(", ") : "nothing added";
  ctx.stdout.write(`saved ${displayPath(file, ctx.cwd)} (${summary})\n`);
  return 0;
}
