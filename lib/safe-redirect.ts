// Where the browser may go after signing in (README, Browser security and privacy): a path on the app's own
// origin, never another host. The value is parsed as a URL against APP_URL, as the
// browser will, so tricks the browser would resolve elsewhere (`//host`, `/\host`, a tab
// or newline it strips, another scheme) are caught by comparing origins, not by
// pattern-matching the string.
import { env } from "@/lib/env";

// Control characters (browsers strip tab and newline from URLs) and backslashes (browsers
// read `\` as `/` in http URLs): never needed in a path we send people to.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

function decodedOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** `value` if it is a same-origin path (returned normalized: path, query and hash), else `fallback`. */
export function safeRedirectPath(value: string | null | undefined, fallback = "/", appUrl: string = env().APP_URL): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return fallback;
  // An encoded variant (`/%2F%2Fhost`, `/%09/host`) is refused too: some later hop may decode it.
  const decoded = decodedOnce(value);
  if (decoded === null) return fallback;
  for (const candidate of [value, decoded]) {
    if (UNSAFE.test(candidate) || candidate.startsWith("//")) return fallback;
  }
  let base: URL;
  let target: URL;
  try {
    base = new URL(appUrl);
    target = new URL(value, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin) return fallback;
  return `${target.pathname}${target.search}${target.hash}`;
}
