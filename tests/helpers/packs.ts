import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Pack } from "../../src/core/facts/model.js";
import { parsePack } from "../../src/core/pack/parse.js";
import { ROOT } from "./run-cli.js";

/** The built-in pack, parsed; fails the test with its errors when it does not validate. */
export function builtinPack(): Pack {
  const file = join(ROOT, "questions", "openai-2023-11", "pack.yaml");
  const { pack, errors } = parsePack(readFileSync(file, "utf8"), file, "openai-2023-11");
  if (!pack) throw new Error(errors.map((e) => `${e.line}:${e.col}: ${e.message}`).join("\n"));
  return pack;
}

/** Parses a pack written inline in a test; throws with the issues when it is invalid. */
export function packFrom(yaml: string, id = "test-pack"): Pack {
  const { pack, errors } = parsePack(yaml, "test.yaml", id);
  if (!pack) throw new Error(errors.map((e) => `${e.line}:${e.col}: ${e.message}`).join("\n"));
  return pack;
}

/**
 * A small story pack in the language, with one source (`gazette`, published 2024-03-20): what
 * follows is its entities and facts, written inline in a test.
 */
export function storyPack(language: "fr" | "en", body: string): Pack {
  const outlet = language === "fr" ? "La Gazette" : "The Gazette";
  return packFrom(`title: Story
language: ${language}
sources:
  - { id: gazette, outlet: ${outlet}, published: 2024-03-20, language: ${language} }
${body}`);
}
