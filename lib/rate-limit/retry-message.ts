// "Try again in 14 minutes." Every 429 says when, in words as well as in Retry-After.

export function retryMessage(retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return `Try again in ${describeDuration(seconds)}.`;
}

/** Rounded up, so the client is never told a time at which it would still be refused. */
export function describeDuration(seconds: number): string {
  if (seconds < 60) return plural(seconds, "second");
  if (seconds < 3600) return plural(Math.ceil(seconds / 60), "minute");
  if (seconds < 48 * 3600) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.ceil((seconds - hours * 3600) / 60);
    if (minutes === 60) return plural(hours + 1, "hour");
    return minutes === 0 ? plural(hours, "hour") : `${plural(hours, "hour")} ${plural(minutes, "minute")}`;
  }
  return plural(Math.ceil(seconds / 86_400), "day");
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
