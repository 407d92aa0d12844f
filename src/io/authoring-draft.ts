import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "./paths.js";
import { writeFileAtomic } from "./write-atomic.js";

/** What `newsquiz new` had written when it was stopped (Ctrl-C), to take up again. */
export interface AuthoringDraft<T> {
  v: 1;
  /** The pack file it adds to, or null for a new pack. */
  target: string | null;
  /** When it was kept, ISO 8601. */
  savedAt: string;
  progress: T;
}

/** Where the one draft is kept: `<data>/drafts/new.json`. */
export function draftFile(env: NodeJS.ProcessEnv): string {
  return join(dataDir(env), "drafts", "new.json");
}

/** The draft kept by an earlier run, if any (a file that is not one is ignored). */
export function readDraft<T>(env: NodeJS.ProcessEnv): AuthoringDraft<T> | undefined {
  try {
    const value = JSON.parse(readFileSync(draftFile(env), "utf8")) as AuthoringDraft<T>;
    return value?.v === 1 && typeof value.savedAt === "string" && value.progress
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a draft (replacing the one before), written whole or not at all. */
export function writeDraft<T>(env: NodeJS.ProcessEnv, draft: AuthoringDraft<T>): void {
  writeFileAtomic(draftFile(env), `${JSON.stringify(draft, null, 2)}\n`);
}

/** Forgets the draft: saved, or dropped. */
export function dropDraft(env: NodeJS.ProcessEnv): void {
  rmSync(draftFile(env), { force: true });
}
