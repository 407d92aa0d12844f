import { z } from "zod";
import { packSchema } from "./schema.js";

/** The JSON Schema of pack.yaml, generated from the zod schema (refinements are not expressible). */
export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(packSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://github.com/newsquiz/newsquiz/questions/pack.schema.json",
    title: "newsquiz pack",
  };
}
