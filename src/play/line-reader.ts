import { createInterface } from "node:readline";

/** Lines read one at a time; close it when done, so that the input no longer holds the process. */
export interface LineReader {
  /** Writes the prompt, then reads a line; undefined once the input has ended. */
  read(prompt: string): Promise<string | undefined>;
  close(): void;
}

/**
 * Reads the input line by line. With `echo`, each line read is written back after its prompt,
 * so that a transcript of piped input reads as the terminal would have shown it.
 */
export function lineReader(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  echo: boolean,
): LineReader {
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async read(prompt) {
      output.write(prompt);
      const next = await lines.next();
      const line = next.done ? undefined : String(next.value);
      if (echo || line === undefined) output.write(`${line ?? ""}\n`);
      return line;
    },
    close: () => rl.close(),
  };
}
