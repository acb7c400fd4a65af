import { hashToken, randomToken } from "@/lib/security/tokens";

/** 256 random bits, URL-safe. */
export function generateJoinToken(): string {
  return randomToken(32);
}

/** Only this hash is stored: a database leak hands out no usable join links. */
export function hashJoinToken(token: string): string {
  return hashToken(token);
}
