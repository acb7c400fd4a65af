// A token's verified claims, remembered until the token expires: checking a signature
// (bearer, HS256) or decrypting a session cookie (next-auth's JWE) is the largest CPU
// cost of a cached poll. Only a successful verification is kept, keyed by the exact
// token, and never past its `exp`; whether the user may still use it (role, token
// version) is decided from the user's current facts on every request, not from here.
const MAX_ENTRIES = 20_000;

type Entry = { claims: unknown; expiresAtMs: number };
const holder = globalThis as typeof globalThis & { __pairlineVerifiedTokens?: Map<string, Entry> };
const entries: Map<string, Entry> = (holder.__pairlineVerifiedTokens ??= new Map());

export async function rememberVerified<Claims extends object>(key: string, verify: () => Promise<Claims | null>): Promise<Claims | null> {
  const hit = entries.get(key);
  if (hit) {
    if (hit.expiresAtMs > Date.now()) return hit.claims as Claims;
    entries.delete(key);
  }
  const claims = await verify();
  const exp = (claims as { exp?: unknown } | null)?.exp;
  if (claims && typeof exp === "number") {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, { claims, expiresAtMs: exp * 1000 });
  }
  return claims;
}
