// The one security header of API responses that depends on configuration (README,
// Browser security and privacy): HSTS when APP_URL is https. The fixed ones come from
// next.config.mjs (they are known at build time; APP_URL is not).
import { env } from "@/lib/env";
import { hstsFor } from "@/lib/security/headers";

export function withSecurityHeaders(response: Response): Response {
  const hsts = hstsFor(env().APP_URL);
  if (!hsts) return response;
  try {
    response.headers.set("strict-transport-security", hsts);
    return response;
  } catch {
    // Headers of some responses (Response.redirect) are immutable: copy them.
    const copy = new Response(response.body, response);
    copy.headers.set("strict-transport-security", hsts);
    return copy;
  }
}
