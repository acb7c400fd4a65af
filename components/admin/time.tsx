// Admin screens show times in UTC, the zone the API and its date filters use, so the
// server's and the browser's rendering agree and two admins read the same thing.
const pad = (n: number) => String(n).padStart(2, "0");

function parts(iso: string) {
  const d = new Date(iso);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
  };
}

export function formatUtc(iso: string): string {
  const { date, time } = parts(iso);
  return `${date} ${time} UTC`;
}

/** A timestamp; `stacked` puts the time under the date, for narrow table columns. */
export function Time({ value, stacked = false }: { value: string | null; stacked?: boolean }) {
  if (!value) return <span className="text-slate-400">—</span>;
  if (!stacked) {
    return (
      <time dateTime={value} className="whitespace-nowrap">
        {formatUtc(value)}
      </time>
    );
  }
  const { date, time } = parts(value);
  return (
    <time dateTime={value} title={formatUtc(value)} className="block whitespace-nowrap leading-tight">
      {date}
      <span className="block text-slate-500">{time}</span>
    </time>
  );
}
