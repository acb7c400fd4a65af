"use client";

// How long until a planned session starts, kept current every second (the browser's
// clock; what may be done when is still the server's `allowed_actions`).
import { useEffect, useState } from "react";
import { useIsClient } from "@/lib/use-is-client";

function span(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes >= 10) return `${minutes} min`;
  return `${minutes} min ${rest} s`;
}

/** The text for a session from `startsAt` to `endsAt`, at `now` (ms since the epoch). */
export function countdownText(startsAt: number, endsAt: number, now: number): string {
  if (now < startsAt) return `Starts in ${span(startsAt - now)}`;
  if (now < endsAt) return `The planned time began ${span(now - startsAt)} ago; ${span(endsAt - now)} left`;
  return "Its time has passed";
}

/** Ticks once a second; `onTick` hears the time, so a caller can refetch when a boundary passes. */
export function useNow(onTick?: (now: number) => void): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      onTick?.(current);
    }, 1000);
    return () => clearInterval(timer);
  }, [onTick]);
  return now;
}

export function Countdown({ startsAt, endsAt, now }: { startsAt: string; endsAt: number; now: number }) {
  const isClient = useIsClient();
  return (
    <p className="text-lg font-semibold text-slate-900" data-testid="countdown">
      {isClient ? countdownText(Date.parse(startsAt), endsAt, now) : "\u00a0"}
    </p>
  );
}
