// The browser-security headers of README, Browser security and privacy, built in one place.
// Plain JavaScript with no imports, because next.config.mjs loads it with plain Node before
// anything is compiled; the TypeScript code imports the same file (types in headers.d.mts).
// Pages get a per-request nonce from proxy.ts; API routes and static files get fixed headers
// from next.config.mjs (plus HSTS from lib/api/security-headers.ts, since APP_URL is known
// only at run time).

// Add a path's needs here rather than loosening the policy for every page.
/** @type {import("./headers.d.mts").CspExtension[]} */
const PAGE_EXTENSIONS = [
  {
    // /docs (app/docs/page.tsx): the Scalar bundle injects its styles as <style> elements
    // it builds at run time, which carry no nonce. Styles only: its script still needs the
    // nonce. A nonce in style-src would make browsers ignore 'unsafe-inline', so it goes.
    matches: (pathname) => pathname === "/docs" || pathname.startsWith("/docs/"),
    extend: (directives) => {
      directives["style-src"] = ["'self'", "'unsafe-inline'"];
    },
  },
];

/** @type {import("./headers.d.mts").CspDirectives} */
const BASE_DIRECTIVES = {
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

export function serializeCsp(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/**
 * The policy of an HTML page: scripts only with this response's nonce ('strict-dynamic'
 * lets those load Next's chunks), styles only from our own files or with the nonce, and
 * nothing framed, embedded or posted elsewhere.
 */
export function pageCsp({ nonce, pathname, dev = false, https = false }) {
  /** @type {import("./headers.d.mts").CspDirectives} */
  const directives = {
    "default-src": ["'self'"],
    // React's development build evaluates code for its debugging aids.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    ...structuredClone(BASE_DIRECTIVES),
    ...(https ? { "upgrade-insecure-requests": [] } : {}),
  };
  for (const extension of PAGE_EXTENSIONS) if (extension.matches(pathname)) extension.extend(directives);
  return serializeCsp(directives);
}

/** JSON and static files run no scripts and load nothing. */
export const STATIC_CSP = serializeCsp({ "default-src": ["'none'"], ...BASE_DIRECTIVES });

/** Pages whose address carries a secret (a join link, a password reset link, an invitation code): never send it on as a Referer. */
const SECRET_PATHS = ["/join", "/reset-password", "/invite"];

export function referrerPolicyFor(pathname) {
  return SECRET_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`)) ? "no-referrer" : "strict-origin-when-cross-origin";
}

const TWO_YEARS = 63_072_000;

/** HSTS only when the app is served over https (APP_URL); a plain-http dev server must not set it. */
export function hstsFor(appUrl) {
  return appUrl.startsWith("https://") ? `max-age=${TWO_YEARS}; includeSubDomains` : null;
}

/** Headers that do not depend on the request: for API routes and static files (next.config.mjs). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: STATIC_CSP },
];
