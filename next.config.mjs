// Plain JavaScript, loaded by Node as it is: what it imports must be plain JavaScript too
// (the security headers live in lib/security/headers.mjs for that reason).
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Clients of the original API call /v1/...: serve them the same handlers without a redirect.
  // A trailing slash is optional everywhere and never redirects (README, API).
  skipTrailingSlashRedirect: true,
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/v1/:path*/", destination: "/api/v1/:path*" },
        { source: "/v1/:path*", destination: "/api/v1/:path*" },
        { source: "/api/:path+/", destination: "/api/:path+" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // The security headers (README, Security) for what proxy.ts does not serve (its matcher leaves these out): the
  // fixed headers, without a per-request nonce, since JSON and static files run no scripts.
  async headers() {
    return ["/api/:path*", "/v1/:path*", "/_next/:path*", "/favicon.ico"].map((source) => ({ source, headers: STATIC_SECURITY_HEADERS }));
  },
  // Keep PGlite's wasm and data out of the bundle (and out of the public static folder).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "prom-client"],
  // A self-contained server with only the files it needs (deploy/Dockerfile); `npm start`
  // serves it too (scripts/start.mjs), so tests and production run the same thing.
  output: "standalone",
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
