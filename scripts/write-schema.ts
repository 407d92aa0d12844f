// Writes questions/pack.schema.json from the zod schema, so that editors check and complete
// pack.yaml files. Run by `npm run schema`; a test fails when the file is out of date.
import { writeFileSync } from "node:fs";
import { packJsonSchema } from "../src/core/facts/json-schema.js";

writeFileSync("questions/pack.schema.json", `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
