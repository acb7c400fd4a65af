// The one parser for the Cookie header (README, Browser security and privacy: a malformed Cookie header is
// ignored, never a 500). Browsers, proxies and other sites' scripts can leave anything
// in it; a cookie we cannot read is simply not there.

/** Longer cookie headers are ignored as a whole (Node's own header limit is 16 KiB). */
const MAX_HEADER_LENGTH = 16 * 1024;
const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** name → value for every well-formed cookie; later duplicates do not override the first. */
export function parseCookies(header: string | null | undefined): Record<string, string> {
  // No prototype: a cookie named `__proto__` is just a name.
  const cookies: Record<string, string> = Object.create(null);
  if (!header || header.length > MAX_HEADER_LENGTH) return cookies;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!NAME.test(name) || name in cookies) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      cookies[name] = value.includes("%") ? decodeURIComponent(value) : value;
    } catch {
      // Bad percent-encoding (`x=%E0`): skip this cookie, keep the others.
    }
  }
  return cookies;
}
