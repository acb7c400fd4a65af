// Bearer access tokens for API clients: HS256 JWTs signed with AUTH_SECRET.
import { SignJWT, jwtVerify } from "jose";
import { env } from "@/lib/env";
import { rememberVerified } from "@/lib/accounts/verified-tokens";

const AUDIENCE = "pairline-api";
const ISSUER = "pairline";

function key() {
  return new TextEncoder().encode(env().AUTH_SECRET);
}

export async function issueAccessToken(userId: number): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = env().ACCESS_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(userId))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${expiresIn}s`)
    .sign(key());
  return { token, expiresIn };
}

/** The user id in a valid token, or null for anything else (bad signature, expired, alg none). */
export async function verifyAccessToken(token: string): Promise<number | null> {
  try {
    const payload = await rememberVerified(`bearer:${token}`, async () =>
      (await jwtVerify(token, key(), { algorithms: ["HS256"], audience: AUDIENCE, issuer: ISSUER })).payload,
    );
    const id = Number(payload?.sub);
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}
