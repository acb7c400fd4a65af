// Calendar days in the reader's own zone, for the chat's day separators. Pure (the zone is
// the runtime's), so tests pin `now`.

/** "2026-12-06" in local time: messages with the same key share a separator. */
export function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const fullDay = new Intl.DateTimeFormat("en", { weekday: "long", month: "short", day: "numeric", year: "numeric" });

/** "Today", "Yesterday", else "Friday, Dec 4, 2026". */
export function dayLabel(iso: string, now: Date = new Date()): string {
  const key = dayKey(iso);
  if (key === dayKey(now.toISOString())) return "Today";
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (key === dayKey(yesterday.toISOString())) return "Yesterday";
  return fullDay.format(new Date(iso));
}

/** Indexes of the items that start a new day (the first always does). */
export function dayStarts(isos: readonly string[]): Set<number> {
  const starts = new Set<number>();
  isos.forEach((iso, index) => {
    if (index === 0 || dayKey(iso) !== dayKey(isos[index - 1]!)) starts.add(index);
  });
  return starts;
}
