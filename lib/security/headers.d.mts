// Types of headers.mjs (plain JavaScript so next.config.mjs can load it without a compiler).
export type CspDirectives = Record<string, string[]>;

/** Per-path additions to the page policy, e.g. an API reference page that needs more. */
export type CspExtension = { matches: (pathname: string) => boolean; extend: (directives: CspDirectives) => void };

export function serializeCsp(directives: CspDirectives): string;
export function pageCsp(options: { nonce: string; pathname: string; dev?: boolean; https?: boolean }): string;
export const STATIC_CSP: string;
export function referrerPolicyFor(pathname: string): string;
export function hstsFor(appUrl: string): string | null;
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[];
