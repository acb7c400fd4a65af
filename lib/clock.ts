// The app's clock: every scheduling rule (start window, missed, reminders, "at least 5
// minutes ahead") asks `now()` here, never `new Date()`, so tests can move time.
//
// Test control (README, Scheduling and calendars): with TEST_CLOCK_FILE set, `now()` is the
// real time plus the offset in milliseconds written in that file (an integer; a missing
// or empty file is 0). The file is re-read on every call, so a test moves the running
// server's clock by writing the file, no restart:
//   fs.writeFileSync(process.env.TEST_CLOCK_FILE, String(50 * 60_000)); // 50 min ahead
// A file rather than an endpoint: nothing reachable over HTTP can move time, and a real
// deployment refuses the setting (lib/env.ts: only with a loopback APP_URL), so a
// production server always runs on the real clock. The database's own now() is not
// moved: code that compares times in SQL passes `now()` from here as a parameter.
import fs from "node:fs";
import { env } from "@/lib/env";

function offsetMs(): number {
  const file = env().TEST_CLOCK_FILE;
  if (!file) return 0;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8").trim();
  } catch {
    return 0;
  }
  const offset = Number(text || "0");
  return Number.isSafeInteger(offset) ? offset : 0;
}

/** The current time as the app's rules see it. */
export function now(): Date {
  return new Date(Date.now() + offsetMs());
}
