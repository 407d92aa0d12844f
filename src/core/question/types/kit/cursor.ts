// Moving a cursor over rows, for the inputs of the full screen.

/** The cursor moved by `delta`, kept among `rows` rows (where it is when there are none). */
export function moveCursor(cursor: number, delta: number, rows: number): number {
  return rows === 0 ? cursor : Math.min(rows - 1, Math.max(0, cursor + delta));
}

/** `n` wrapped around `size`: one past the last is the first. */
export function wrapIndex(n: number, size: number): number {
  return ((n % size) + size) % size;
}

/** The list with `k` added, or taken out if it was there. */
export function toggle(list: number[], k: number): number[] {
  return list.includes(k) ? list.filter((x) => x !== k) : [...list, k];
}
