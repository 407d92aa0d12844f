import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packJsonSchema } from "../src/core/facts/json-schema.js";
import { ROOT } from "./helpers/run-cli.js";

describe("questions/pack.schema.json", () => {
  it("is the schema generated from the zod model (run `npm run schema` after changing it)", () => {
    const written = JSON.parse(readFileSync(join(ROOT, "questions", "pack.schema.json"), "utf8"));
    expect(written).toEqual(packJsonSchema());
  });

  it("is referenced by the built-in pack for editors", () => {
    const pack = readFileSync(join(ROOT, "questions", "openai-2023-11", "pack.yaml"), "utf8");
    expect(pack.split("\n")[0]).toBe("# yaml-language-server: $schema=../pack.schema.json");
  });
});
