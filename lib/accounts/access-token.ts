// Bearer access tokens for API clients: HS256 JWTs signed with AUTH_SECRET. The `ver`
// claim is the user's token version when the token was issued (lib/auth.ts compares it).
import { SignJWT, jwtVerify } from "jose";
import { env } from "@/lib/env";
import { rememberVerified } from "@/lib/accounts/verified-tokens";

const AUDIENCE = "pairline-api";
const ISSUER = "pairline";

function key() {
  return new TextEncoder().encode(env().AUTH_SECRET);
}

export async function issueAccessToken(user: { id: number; tokenVersion: number }): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = env().ACCESS_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ ver: user.tokenVersion })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(user.id))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${expiresIn}s`)
    .sign(key());
  return { token, expiresIn };
}

/**
 * The user id and token version in a valid token, or null for anything else (bad
 * signature, expired, alg none, a malformed version). A token from before versions
 * existed has no `ver`: every user was at version 0 then, so it counts as 0.
 */
export async function verifyAccessToken(token: string): Promise<{ userId: number; tokenVersion: number; expiresAt: number | null } | null> {
  try {
    const payload = await rememberVerified(`bearer:${token}`, async () =>
      (await jwtVerify(token, key(), { algorithms: ["HS256"], audience: AUDIENCE, issuer: ISSUER })).payload,
    );
    const userId = Number(payload?.sub);
    const tokenVersion = payload?.ver ?? 0;
    if (!Number.isInteger(userId) || userId <= 0) return null;
    if (!isTokenVersion(tokenVersion)) return null;
    return { userId, tokenVersion, expiresAt: typeof payload?.exp === "number" ? payload.exp * 1000 : null };
  } catch {
    return null;
  }
}

export function isTokenVersion(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
