import { main } from "./cli.js";
import { processContext } from "./context.js";

main(process.argv.slice(2), processContext()).then((code) => {
  process.exitCode = code;
});
