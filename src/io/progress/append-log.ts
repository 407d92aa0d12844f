import { basename } from "node:path";
import { isMessageKey, type Said, verbatim } from "../../core/i18n/msg.js";
import { readLog } from "../../core/progress/log-text.js";
import type { RecordCodec } from "../../core/progress/records.js";
import type { DamageBook } from "./damage-book.js";
import type { Notices } from "./notices.js";
import { appendLine, fsErrorSaid, isMissing, moveAside, type StoreFs } from "./store-fs.js";

/** What an append-only log shares with the rest of the store. */
export interface LogContext {
  fs: StoreFs;
  now: () => Date;
  notices: Notices;
  damage: DamageBook;
  /** Creates the store's folder; false (and said once) when it cannot. */
  ensureDir: () => boolean;
}

const NEWLINE = 0x0a;
/** How long another process's write in flight is given to end: a write of one line takes µs. */
const CONCURRENT_WRITE_MS = 20;
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * One JSON Lines file of records, only ever appended to. Read once, on first use, before the
 * first append: a foreign file is moved aside before anything is written to it, damaged lines
 * are reported once and kept in skipped.jsonl, and a last line cut short gets its newline back
 * so the next record starts a line of its own. Records that cannot be written stay in memory
 * and are written, in order, as soon as a later write succeeds.
 */
export class AppendLog<T> {
  private loaded?: T[];
  private pending: string[] = [];
  /** False when the file is not ours and could not be moved aside: it is never written to. */
  private writable = true;

  constructor(
    readonly path: string,
    private readonly codec: RecordCodec<T>,
    private readonly ctx: LogContext,
  ) {}

  /** Every record: those in the file, then those appended by this run. */
  records(): T[] {
    this.loaded ??= this.load();
    return this.loaded;
  }

  append(record: T): void {
    this.records().push(record);
    this.pending.push(this.codec.serialise(record));
    this.flush();
  }

  private flush(): void {
    if (!this.writable || this.pending.length === 0 || !this.ctx.ensureDir()) return;
    try {
      while (this.pending.length > 0) {
        appendLine(this.ctx.fs, this.path, this.pending[0]!);
        this.pending.shift();
      }
    } catch (error) {
      this.ctx.notices.writeFailed(error);
    }
  }

  private load(): T[] {
    const { fs, notices } = this.ctx;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(this.path);
      // A last line without its newline may be another newsquiz's record being written right
      // now (a line across a page boundary is seen half-written): read again a moment later
      // before calling it cut short.
      if (bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE) {
        Atomics.wait(PAUSE, 0, 0, CONCURRENT_WRITE_MS);
        bytes = fs.readFileSync(this.path);
      }
    } catch (error) {
      if (!isMissing(error)) {
        notices.readFailed(error);
      }
      return [];
    }
    const log = readLog(bytes, this.codec);
    if (log.foreign) {
      this.setAside();
      return [];
    }
    this.reportDamage(log.damaged, log.records.length);
    if (log.newer > 0) {
      notices.say({
        key: "store.log.newer",
        vars: { file: this.path, n: log.newer, ...nounsOf(this.codec.noun) },
      });
    }
    if (!log.endsWithNewline) {
      try {
        appendLine(fs, this.path, "");
      } catch {} // the reader copes with a record glued to a fragment
    }
    return log.records;
  }

  private setAside(): void {
    const vars = { file: this.path, ...nounsOf(this.codec.noun) };
    try {
      const aside = moveAside(this.ctx.fs, this.path, this.ctx.now());
      this.ctx.notices.say({ key: "store.log.foreign", vars: { ...vars, aside: basename(aside) } });
    } catch (error) {
      this.writable = false;
      this.ctx.notices.say({
        key: "store.log.foreign-stuck",
        vars: { ...vars, reason: fsErrorSaid(error) },
      });
    }
  }

  private reportDamage(damaged: Parameters<DamageBook["keep"]>[1], kept: number): void {
    const file = basename(this.path);
    const fresh = this.ctx.damage.unreported(file, damaged);
    if (fresh.length === 0) return;
    const saved = this.ctx.damage.keep(file, fresh, this.ctx.now());
    const first = fresh[0]!;
    const what: Said =
      fresh.length === 1 && first.incomplete
        ? { key: "store.damage.cut", vars: { line: first.line } }
        : fresh.length === 1
          ? { key: "store.damage.one", vars: { line: first.line } }
          : {
              key: "store.damage.many",
              vars: { n: fresh.length, lines: lineList(fresh.map((l) => l.line)) },
            };
    const vars = { file: this.path, what, n: kept, ...nounsOf(this.codec.noun) };
    this.ctx.notices.say(
      saved
        ? {
            key: "store.damage.kept-aside",
            vars: { ...vars, aside: basename(this.ctx.damage.path) },
          }
        : { key: "store.damage.kept", vars },
    );
  }
}

function lineList(lines: readonly number[]): Said | string {
  const shown = lines.slice(0, 3).join(", ");
  return lines.length > 3
    ? { key: "store.damage.more", vars: { shown, more: lines.length - 3 } }
    : shown;
}

/** A log's records named in messages: one of them (`noun`) and several (`nouns`). */
function nounsOf(noun: string): { noun: Said; nouns: Said } {
  const one = `store.one.${noun}`;
  const many = `store.many.${noun}`;
  return {
    noun: isMessageKey(one) ? { key: one } : verbatim(noun.replace(/s$/, "")),
    nouns: isMessageKey(many) ? { key: many } : verbatim(noun),
  };
}
