"use client";

// The one way the app shows a time. Admin screens use UTC, the zone the API and its date
// filters use, so two admins read the same thing; everyone else reads their own zone,
// rendered only in the browser (the server does not know it) to avoid a hydration mismatch.
import { useEffect, useState } from "react";
import { useIsClient } from "@/lib/use-is-client";
import { formatExact, formatRelative } from "@/lib/format/time";

const pad = (n: number) => String(n).padStart(2, "0");

function utcParts(iso: string) {
  const d = new Date(iso);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
  };
}

function formatUtc(iso: string): string {
  const { date, time } = utcParts(iso);
  return `${date} ${time} UTC`;
}

const localFormats = {
  full: new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }),
  time: new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }),
  dayAndTime: new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }),
  title: new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" }),
};

function formatLocal(date: Date, compact: boolean): string {
  if (!compact) return localFormats.full.format(date);
  return (date.toDateString() === new Date().toDateString() ? localFormats.time : localFormats.dayAndTime).format(date);
}

/** "2 min ago", kept current; the exact time on hover (lib/format/time.ts). */
function RelativeTime({ value, className }: { value: string; className: string }) {
  const isClient = useIsClient();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const exact = formatExact(value);
  return (
    <time dateTime={value} title={exact} className={className}>
      {isClient ? formatRelative(value, now) : exact}
    </time>
  );
}

/**
 * A timestamp. `relative` ("2 min ago", exact on hover) for people's lists; `utc` for admin screens; `compact` shows only the time for today (chat);
 * `stacked` puts the time under the date, for narrow table columns (UTC only).
 */
export function Time({
  value,
  utc = false,
  compact = false,
  stacked = false,
  relative = false,
  className = "",
}: {
  value: string | null;
  utc?: boolean;
  compact?: boolean;
  stacked?: boolean;
  relative?: boolean;
  className?: string;
}) {
  const isClient = useIsClient();
  if (!value) return <span className="text-slate-600">—</span>;
  if (relative && !utc) return <RelativeTime value={value} className={className} />;
  if (utc && stacked) {
    const { date, time } = utcParts(value);
    return (
      <time dateTime={value} title={formatUtc(value)} className={`block whitespace-nowrap leading-tight ${className}`}>
        {date}
        <span className="block text-slate-500">{time}</span>
      </time>
    );
  }
  if (utc) {
    return (
      <time dateTime={value} className={`whitespace-nowrap ${className}`}>
        {formatUtc(value)}
      </time>
    );
  }
  const date = new Date(value);
  return (
    <time dateTime={value} title={isClient ? localFormats.title.format(date) : undefined} className={className}>
      {isClient ? formatLocal(date, compact) : "\u00a0"}
    </time>
  );
}

const zonedFormat = new Intl.DateTimeFormat(undefined, { weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** The browser's time zone by name ("Europe/Berlin"); null while rendering on the server. */
export function useTimeZone(): string | null {
  const isClient = useIsClient();
  return isClient ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
}

/** A planned time in the viewer's zone, with the zone named: "Mon, Dec 7, 2026, 14:00 (Europe/Berlin)". */
export function ZonedTime({ value, className = "" }: { value: string; className?: string }) {
  const zone = useTimeZone();
  return (
    <time dateTime={value} className={className} data-testid="zoned-time">
      {zone ? `${zonedFormat.format(new Date(value))} (${zone})` : "\u00a0"}
    </time>
  );
}
