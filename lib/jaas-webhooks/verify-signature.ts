// 8x8 JaaS signs every webhook (its "webhooks signatures" page): X-Jaas-Signature is
// "t={unix seconds},v1={base64 HMAC-SHA256(endpoint secret, "{t}.{raw body}")}", possibly
// with several v1 values (during a secret rotation). Only v1 counts, so a downgrade to
// another scheme is refused. Old timestamps are refused, so a captured delivery cannot
// be replayed later.
import crypto from "node:crypto";
import { AppError } from "@/lib/errors";

const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

export function signJaasPayload({ secret, timestamp, rawBody }: { secret: string; timestamp: string; rawBody: string }): string {
  return crypto.createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("base64");
}

export function verifyJaasSignature({ secret, rawBody, header, now = Date.now() }: { secret: string; rawBody: string; header: string | null; now?: number }): void {
  if (!header) throw new AppError("invalid_signature", "Missing X-Jaas-Signature header.");
  let timestamp: string | null = null;
  const signatures: string[] = [];
  for (const element of header.split(",")) {
    const at = element.indexOf("=");
    if (at < 0) continue;
    const prefix = element.slice(0, at).trim();
    const value = element.slice(at + 1).trim();
    if (prefix === "t") timestamp = value;
    else if (prefix === "v1") signatures.push(value);
  }
  if (!timestamp || !/^\d{1,11}$/.test(timestamp) || signatures.length === 0) throw new AppError("invalid_signature", "Malformed X-Jaas-Signature header.");
  if (Math.abs(now / 1000 - Number(timestamp)) > MAX_TIMESTAMP_SKEW_SECONDS) throw new AppError("invalid_signature", "The JaaS signature timestamp is too old.");
  const expected = Buffer.from(signJaasPayload({ secret, timestamp, rawBody }));
  // timingSafeEqual needs equal lengths; the length of a valid signature is no secret.
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature);
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  });
  if (!matches) throw new AppError("invalid_signature");
}
