// The test server's clock (lib/clock.ts): e2e/server.ts gives the app TEST_CLOCK_FILE, and
// a spec moves the running server's time by writing an offset in milliseconds there. A spec
// that moves it puts it back (resetServerClock) so later specs see the real time.
import fs from "node:fs";
import path from "node:path";

export const clockFile = (video: string) => path.resolve(import.meta.dirname, "..", ".tmp", `e2e-${video}`, "clock");

export function setServerClockOffset(video: string, offsetMs: number): void {
  fs.mkdirSync(path.dirname(clockFile(video)), { recursive: true });
  fs.writeFileSync(clockFile(video), String(Math.round(offsetMs)));
}

export function resetServerClock(video: string): void {
  setServerClockOffset(video, 0);
}
