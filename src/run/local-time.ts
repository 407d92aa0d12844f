// The reader's local time, for statistics by day and review dates: the core has no time zone of
// its own, so commands pass these (the process's TZ decides).

const two = (n: number) => String(n).padStart(2, "0");

/** The local day of a moment: YYYY-MM-DD. */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

/** The local day and time of a moment, to the minute: YYYY-MM-DD HH:MM. */
export function localMinute(at: Date): string {
  return `${localDay(at)} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
