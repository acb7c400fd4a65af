// The credential in a one-click unsubscribe link (RFC 8058; README, Email): an HS256 JWT
// naming the user and one mail category. Its key is derived from AUTH_SECRET for this
// purpose only, so no other token signed with AUTH_SECRET (an access token) passes here,
// and an unsubscribe token passes nowhere else. It does not expire: people unsubscribe
// from old mail, and all it can do is turn one kind of email off.
import crypto from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { env } from "@/lib/env";
import { MAIL_CATEGORIES, type MailCategory } from "@/lib/mail/categories";

const AUDIENCE = "pairline-unsubscribe";

function key(): Uint8Array {
  return crypto.createHmac("sha256", env().AUTH_SECRET).update("pairline mail unsubscribe v1").digest();
}

export async function signUnsubscribeToken({ userId, category }: { userId: number; category: MailCategory }): Promise<string> {
  return new SignJWT({ cat: category }).setProtectedHeader({ alg: "HS256" }).setSubject(String(userId)).setAudience(AUDIENCE).setIssuedAt().sign(key());
}

/** The user and category a token names, or null for anything that is not a valid token of ours. */
export async function verifyUnsubscribeToken(token: string): Promise<{ userId: number; category: MailCategory } | null> {
  try {
    const { payload } = await jwtVerify(token, key(), { algorithms: ["HS256"], audience: AUDIENCE });
    const userId = Number(payload.sub);
    const category = MAIL_CATEGORIES.find((name) => name === payload.cat);
    if (!Number.isInteger(userId) || userId <= 0 || !category) return null;
    return { userId, category };
  } catch {
    return null;
  }
}

/** The URL a List-Unsubscribe header and the page's button POST to. */
export function unsubscribeApiUrl(token: string): string {
  return `${env().APP_URL}/api/v1/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** The page a person opens from the link in the body (a GET there changes nothing). */
export function unsubscribePageUrl(token: string): string {
  return `${env().APP_URL}/unsubscribe?token=${encodeURIComponent(token)}`;
}
