import { type DamagedLine, readLog } from "../../core/progress/log-text.js";
import { recordCodec } from "../../core/progress/records.js";
import { hashText } from "../../core/random.js";
import { appendLine, type StoreFs } from "./store-fs.js";

/** One line of skipped.jsonl: a damaged line of a log, where it was, and its text. */
interface Entry {
  v: 1;
  file: string;
  offset: number;
  hash: string;
  at: string;
  text: string;
}

const codec = recordCodec<Entry>("skipped lines", (value) => {
  const e = value as Partial<Entry> | null;
  return e &&
    typeof e.file === "string" &&
    typeof e.offset === "number" &&
    typeof e.hash === "string"
    ? (e as Entry)
    : undefined;
});

/**
 * `skipped.jsonl`: every unreadable line found in a log, copied here with where it was, so
 * that its text is never lost and the next load knows it was already reported (a damaged line
 * is reported once, not at every start).
 */
export class DamageBook {
  private known?: Set<string>;

  constructor(
    readonly path: string,
    private readonly fsys: StoreFs,
  ) {}

  /** The lines of `file` not reported before. */
  unreported(file: string, lines: readonly DamagedLine[]): DamagedLine[] {
    const known = this.load();
    return lines.filter((l) => !known.has(this.key(file, l)));
  }

  /** Keeps the lines; false when they could not be written (they will be reported again). */
  keep(file: string, lines: readonly DamagedLine[], now: Date): boolean {
    try {
      for (const l of lines) {
        const entry: Entry = {
          v: 1,
          file,
          offset: l.offset,
          hash: hashText(l.text),
          at: now.toISOString(),
          text: l.text,
        };
        appendLine(this.fsys, this.path, codec.serialise(entry));
        this.load().add(this.key(file, l));
      }
      return true;
    } catch {
      return false;
    }
  }

  private key(file: string, line: DamagedLine): string {
    return `${file}\0${line.offset}\0${hashText(line.text)}`;
  }

  private load(): Set<string> {
    if (this.known) return this.known;
    this.known = new Set();
    let bytes: Uint8Array;
    try {
      bytes = this.fsys.readFileSync(this.path);
    } catch {
      return this.known; // none yet, or unreadable: damaged lines are then reported again
    }
    for (const e of readLog(bytes, codec).records)
      this.known.add(`${e.file}\0${e.offset}\0${e.hash}`);
    return this.known;
  }
}
