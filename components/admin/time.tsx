// Admin screens show times in UTC, the zone the API and its date filters use, so the
// server's and the browser's rendering agree and two admins read the same thing.
const pad = (n: number) => String(n).padStart(2, "0");

export function formatUtc(iso: string | null, { seconds = true } = {}): string {
  if (!iso) return "—";
  const d = new Date(iso);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds ? `:${pad(d.getUTCSeconds())}` : ""}`;
  return `${date} ${time} UTC`;
}

export function Time({ value, seconds = true }: { value: string | null; seconds?: boolean }) {
  if (!value) return <span className="text-slate-400">—</span>;
  return (
    <time dateTime={value} className="whitespace-nowrap">
      {formatUtc(value, { seconds })}
    </time>
  );
}
