// The TypeScript code's way in to the security headers, which live in headers.mjs so that
// next.config.mjs can load them with plain Node: one definition for both.
export * from "@/lib/security/headers.mjs";
