// Next 16's proxy (the former middleware): a fresh nonce and the page headers of
// README, Browser security and privacy for every page. Next reads the nonce from the request's
// Content-Security-Policy header and puts it on its own scripts, which is why pages
// render dynamically (app/layout.tsx). API routes, the /v1 rewrites and static files are
// left out by the matcher: their headers are fixed (next.config.mjs), so the API's hot
// path never runs this.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { hstsFor, pageCsp, referrerPolicyFor } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  const config = env();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const { pathname } = request.nextUrl;
  const csp = pageCsp({ nonce, pathname, dev: config.NODE_ENV === "development", https: config.APP_URL.startsWith("https://") });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", referrerPolicyFor(pathname));
  const hsts = hstsFor(config.APP_URL);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

export const config = {
  // Everything but API routes (and their /v1 rewrites) and Next's static files.
  matcher: ["/((?!api(?:/|$)|v1(?:/|$)|_next/static/|_next/image(?:/|$)|favicon\\.ico$).*)"],
};
