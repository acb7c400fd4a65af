// Meeting JWTs for Jitsi rooms that admit only token holders (README, The gate, enforced by
// the provider): self-hosted Jitsi (HS256 with the app secret) or 8x8 JaaS (RS256, `kid` =
// the API key id). One is minted for one person at redemption, lives minutes, and names
// the one room; it never carries an email address.
import { importPKCS8, SignJWT } from "jose";
import crypto from "node:crypto";
import type { JitsiJwtConfig } from "@/lib/env";

/** Signed tokens are accepted from this long before they were made (clock skew between us and Jitsi). */
const NOT_BEFORE_SKEW_SECONDS = 10;

type MeetingJwtRequest = {
  config: JitsiJwtConfig;
  room: string;
  user: { id: number; name: string };
  ttlSeconds: number;
  now?: Date;
};

/** The URL of a room in the configured mode; room names are lower case, as Jitsi compares them. */
export function jitsiRoomUrl(config: JitsiJwtConfig, room: string): string {
  return `${config.roomBaseUrl}/${room.toLowerCase()}`;
}

export async function mintMeetingJwt({ config, room, user, ttlSeconds, now = new Date() }: MeetingJwtRequest): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const claims = {
    room: room.toLowerCase(),
    context: {
      user: {
        id: String(user.id),
        name: user.name,
        ...(config.mode === "jaas" ? { moderator: "true" } : {}),
      },
    },
  };
  const jwt = new SignJWT(claims)
    .setIssuer(config.mode === "jaas" ? "chat" : config.appId)
    .setAudience(config.mode === "jaas" ? "jitsi" : config.appId)
    .setSubject(config.mode === "jaas" ? config.appId : config.subject)
    .setNotBefore(issuedAt - NOT_BEFORE_SKEW_SECONDS)
    .setExpirationTime(issuedAt + ttlSeconds);
  if (config.mode === "jaas") {
    return jwt.setProtectedHeader({ alg: "RS256", kid: config.keyId, typ: "JWT" }).sign(await jaasKey(config.privateKeyPem));
  }
  return jwt.setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(new TextEncoder().encode(config.secret));
}

const keys = new Map<string, Promise<CryptoKey>>();

/** PKCS#1 ("BEGIN RSA PRIVATE KEY") and PKCS#8 PEMs both work: node:crypto reads either. */
function jaasKey(pem: string): Promise<CryptoKey> {
  let key = keys.get(pem);
  if (!key) {
    const pkcs8 = crypto.createPrivateKey(pem).export({ format: "pem", type: "pkcs8" }).toString();
    key = importPKCS8(pkcs8, "RS256");
    keys.set(pem, key);
  }
  return key;
}
