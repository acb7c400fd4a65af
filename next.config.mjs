/** @type {import('next').NextConfig} */
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
    };
  },
  // Keep PGlite's wasm and data out of the bundle (and out of the public static folder).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
