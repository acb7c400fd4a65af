"use client";

import { useIsClient } from "@/lib/use-is-client";

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" });

/** When a message was sent, in the reader's own time zone: the time today, else date and time. */
export function MessageTime({ iso, className = "" }: { iso: string; className?: string }) {
  const isClient = useIsClient();
  const date = new Date(iso);
  const today = isClient && date.toDateString() === new Date().toDateString();
  return (
    <time dateTime={iso} title={isClient ? fullFormat.format(date) : undefined} className={`text-xs ${className}`}>
      {isClient ? (today ? timeFormat : dateTimeFormat).format(date) : "\u00a0"}
    </time>
  );
}
