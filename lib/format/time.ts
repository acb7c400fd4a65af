// The app's one time format: relative in the text ("2 min ago", "in 5 min"), exact on
// hover. Pure functions, so the server and the browser agree and tests can pin `now`.

const exactFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** "Nov 27, 2026, 9:41 AM": the exact moment, for `title` tooltips and summaries. */
export function formatExact(iso: string): string {
  return exactFormat.format(new Date(iso));
}

/** "just now", "2 min ago", "3 h ago", "yesterday", "4 days ago", else the date. */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  const future = seconds < 0;
  const abs = Math.abs(seconds);
  const say = (amount: string) => (future ? `in ${amount}` : `${amount} ago`);
  if (abs < 45) return "just now";
  if (abs < 60 * 60) return say(`${Math.max(1, Math.round(abs / 60))} min`);
  if (abs < 24 * 60 * 60) return say(`${Math.round(abs / 3600)} h`);
  const days = Math.round(abs / 86_400);
  if (days === 1) return future ? "tomorrow" : "yesterday";
  if (days < 7) return say(`${days} days`);
  return new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(new Date(iso));
}

/** "45 s", "12 min", "1 h 5 min": how long something lasted. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  if (hours) return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** Seconds between two ISO instants, or null when either is missing. */
export function secondsBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);
}
