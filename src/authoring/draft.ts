import { msg } from "../core/i18n/msg.js";
import { dropDraft, readDraft, writeDraft } from "../io/authoring-draft.js";
import type { Asker } from "./prompter.js";
import { COLLECTIONS, type Progress } from "./session.js";

/**
 * The draft an earlier run kept, when it was for this same pack (or for a new one) and the
 * person takes it up; it is dropped when they start afresh.
 */
export async function takeUpDraft(
  p: Asker,
  target: string | null,
  env: NodeJS.ProcessEnv,
): Promise<Progress | undefined> {
  const draft = readDraft<Progress>(env);
  if (!draft || draft.target !== target) return undefined;
  const items = COLLECTIONS.reduce((n, c) => n + (draft.progress.added[c]?.length ?? 0), 0);
  const name = draft.progress.pack ? `${draft.progress.pack.id}, ` : "";
  const choice = await p.select({
    message: msg(p.lang, "authoring.draft.waits", {
      name,
      items: msg(p.lang, "authoring.n.items", { n: items }),
      when: draft.savedAt.slice(0, 16).replace("T", " "),
    }),
    choices: [
      { name: msg(p.lang, "authoring.draft.resume"), value: "resume" },
      { name: msg(p.lang, "authoring.draft.drop"), value: "drop" },
    ],
  });
  if (choice === "drop") {
    dropDraft(env);
    return undefined;
  }
  return draft.progress;
}

/**
 * Keeps what a stopped session wrote, for the next run to take up, when it wrote anything.
 * Returns whether a draft was kept.
 */
export function keepDraft(
  progress: Progress | undefined,
  target: string | null,
  env: NodeJS.ProcessEnv,
): boolean {
  if (!progress || !hasContent(progress)) return false;
  writeDraft(env, { v: 1, target, savedAt: new Date().toISOString(), progress });
  return true;
}

/** Whether a session wrote anything worth keeping. */
function hasContent(progress: Progress): boolean {
  return Boolean(progress.pack) || COLLECTIONS.some((c) => progress.added[c].length > 0);
}
