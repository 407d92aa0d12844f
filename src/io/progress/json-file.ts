import { basename } from "node:path";
import type { Said } from "../../core/i18n/msg.js";
import { replaceFile } from "../write-atomic.js";
import type { Notices } from "./notices.js";
import { fsErrorSaid, isMissing, moveAside, type StoreFs } from "./store-fs.js";

/** What a small JSON file of the store holds once read. */
export type JsonState =
  | { kind: "absent" }
  | { kind: "value"; value: unknown }
  /** Written by a newer newsquiz: left alone, and never overwritten by this one. */
  | { kind: "newer" }
  /** Could not be read (permissions): not overwritten either. */
  | { kind: "unreadable" };

/**
 * A small JSON file rewritten whole (the unfinished quiz, the settings): always through a
 * temporary file and a rename. A file that is not one of ours is moved aside, never overwritten.
 */
export class JsonFile {
  constructor(
    readonly path: string,
    /** What the file holds, for the messages: "a saved unfinished quiz", "newsquiz settings". */
    private readonly what: Said,
    private readonly fsys: StoreFs,
    private readonly notices: Notices,
    private readonly now: () => Date,
    /** Whether a value of version 1 is really one of ours. */
    private readonly valid: (value: unknown) => boolean,
  ) {}

  read(): JsonState {
    let text: string;
    try {
      text = this.fsys.readFileSync(this.path, "utf8");
    } catch (error) {
      if (isMissing(error)) return { kind: "absent" };
      this.notices.readFailed(error);
      return { kind: "unreadable" };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const v = (value as { v?: unknown } | null | undefined)?.v;
    if (typeof v === "number" && v > 1) return { kind: "newer" };
    if (v === 1 && this.valid(value)) return { kind: "value", value };
    try {
      const aside = moveAside(this.fsys, this.path, this.now());
      this.notices.say({
        key: "store.json.foreign",
        vars: { file: this.path, what: this.what, aside: basename(aside) },
      });
      return { kind: "absent" };
    } catch (error) {
      this.notices.say({
        key: "store.json.foreign-stuck",
        vars: { file: this.path, what: this.what, reason: fsErrorSaid(error) },
      });
      return { kind: "unreadable" };
    }
  }

  /** Replaces the file; throws what the file system threw. */
  write(value: object): void {
    replaceFile(this.path, `${JSON.stringify(value, null, 2)}\n`, this.fsys);
  }

  /** Removes the file; a file already gone is fine. */
  remove(): void {
    try {
      this.fsys.unlinkSync(this.path);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
}
