import { main } from "./cli.js";
import { processContext } from "./context.js";

// A reader that stops reading (`newsquiz questions … | head`) closes the pipe: that ends the
// output, it is no error worth a stack trace. Answers already given are already saved.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2), processContext()).then((code) => {
  process.exitCode = code;
});
