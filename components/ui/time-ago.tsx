"use client";

// A moment as the app shows it everywhere: relative text, the exact time on hover.
// Until hydration it prints the exact time (server and browser clocks differ), then it
// switches to relative and keeps itself current.
import { useEffect, useState } from "react";
import { formatExact, formatRelative } from "@/lib/format/time";
import { useIsClient } from "@/lib/use-is-client";

export function TimeAgo({ iso, className = "" }: { iso: string; className?: string }) {
  const isClient = useIsClient();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const exact = formatExact(iso);
  return (
    <time dateTime={iso} title={exact} className={className}>
      {isClient ? formatRelative(iso, now) : exact}
    </time>
  );
}
