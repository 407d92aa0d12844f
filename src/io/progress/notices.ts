import type { Language } from "../../core/i18n/language.js";
import { type Said, said } from "../../core/i18n/msg.js";
import { fsErrorSaid } from "./store-fs.js";

/**
 * The store's one-line messages. Each problem is said once: a failed write, however many
 * answers follow it, gives one line, and the quiz goes on.
 */
export class Notices {
  private saidWriteFailure = false;
  private saidReadFailure = false;

  constructor(
    private readonly dir: string,
    private readonly sink: (line: string) => void,
    /** The interface's language, which a message is said in (a line is said as it is). */
    private readonly lang: Language = "en",
  ) {}

  say(line: string | Said): void {
    this.sink(`newsquiz: ${typeof line === "string" ? line : said(this.lang, line)}`);
  }

  writeFailed(error: unknown): void {
    if (this.saidWriteFailure) return;
    this.saidWriteFailure = true;
    this.say({ key: "store.write-failed", vars: { dir: this.dir, reason: fsErrorSaid(error) } });
  }

  readFailed(error: unknown): void {
    if (this.saidReadFailure) return;
    this.saidReadFailure = true;
    this.say({ key: "store.read-failed", vars: { dir: this.dir, reason: fsErrorSaid(error) } });
  }
}
