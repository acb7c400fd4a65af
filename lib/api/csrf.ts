// Cookie-authenticated writes must come from our own pages. Bearer requests carry no
// ambient credential, so they are exempt.
import { env } from "@/lib/env";

function ownOrigins(req: Request): Set<string> {
  const origins = new Set([new URL(env().APP_URL).origin]);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (host) {
    const proto = req.headers.get("x-forwarded-proto") ?? new URL(req.url).protocol.replace(":", "");
    origins.add(`${proto.split(",")[0]!.trim()}://${host.split(",")[0]!.trim()}`);
  }
  return origins;
}

export function isCrossSiteWrite(req: Request): boolean {
  if (req.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = req.headers.get("origin");
  if (origin === null) return false; // non-browser clients send none; browsers always do on writes
  return !ownOrigins(req).has(origin);
}
