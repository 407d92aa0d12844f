import { fold } from "../text/fold.js";
import type { Claim, Conflict } from "./model.js";

/**
 * Claims about the same thing (same `about`, compared without case or accents) whose figures
 * differ. Computed, never written by hand, so a pack cannot hide a disagreement.
 */
export function findConflicts(claims: readonly Claim[]): Conflict[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = fold(claim.about);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const conflicts: Conflict[] = [];
  for (const group of groups.values()) {
    const readings = new Set(group.map(reading));
    if (readings.size > 1) {
      conflicts.push({ about: group[0]!.about, claims: group.map((c) => c.id) });
    }
  }
  return conflicts;
}

/** What a claim asserts, so that two sources stating the same figure do not conflict. */
function reading(claim: Claim): string {
  return [claim.value, claim.total ?? "", claim.qualifier, claim.unit ?? ""].join("|");
}
