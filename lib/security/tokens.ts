// Secrets handed out in links (join links, password reset links, invitation codes).
import crypto from "node:crypto";

/** `bytes` random bytes, URL-safe (32 bytes: 256 bits). */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString("base64url");
}

/** Only this hash is stored: a database leak hands out no usable link. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
