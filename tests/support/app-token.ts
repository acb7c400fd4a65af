// A bearer token signed the way the app signs its own (lib/accounts/access-token.ts) with
// the test servers' secret, for cases the API cannot issue: a token without `ver` (from
// before token versions existed), or one that expires within seconds.
import { SignJWT } from "jose";
import { TEST_AUTH_SECRET } from "./app-server";

export function signAppToken({ userId, claims, expiresIn }: { userId: number; claims: Record<string, unknown>; expiresIn: string }): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(userId))
    .setIssuer("pairline")
    .setAudience("pairline-api")
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(TEST_AUTH_SECRET));
}
