import crypto from "node:crypto";

/** 256 random bits, URL-safe. */
export function generateJoinToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** Only this hash is stored: a database leak hands out no usable join links. */
export function hashJoinToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
