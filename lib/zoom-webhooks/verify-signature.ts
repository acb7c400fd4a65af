// Zoom signs every notification: x-zm-signature = "v0=" + hex HMAC-SHA256(secret,
// "v0:{x-zm-request-timestamp}:{raw body}"). Checking the raw bytes (not re-serialized
// JSON) and refusing old timestamps keeps forged and replayed deliveries out.
import crypto from "node:crypto";
import { AppError } from "@/lib/errors";

const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

export function signZoomPayload({ secret, timestamp, rawBody }: { secret: string; timestamp: string; rawBody: string }): string {
  return `v0=${crypto.createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

export function verifyZoomSignature({
  secret,
  rawBody,
  signature,
  timestamp,
  now = Date.now(),
}: {
  secret: string;
  rawBody: string;
  signature: string | null;
  timestamp: string | null;
  now?: number;
}): void {
  if (!signature || !timestamp) throw new AppError("invalid_signature", "Missing Zoom signature headers.");
  if (!/^\d{1,13}$/.test(timestamp)) throw new AppError("invalid_signature", "Invalid Zoom request timestamp.");
  // Zoom sends seconds; accept milliseconds too rather than refuse every delivery.
  const seconds = timestamp.length > 11 ? Number(timestamp) / 1000 : Number(timestamp);
  if (Math.abs(now / 1000 - seconds) > MAX_TIMESTAMP_SKEW_SECONDS) {
    throw new AppError("invalid_signature", "The Zoom request timestamp is too old.");
  }
  const expected = Buffer.from(signZoomPayload({ secret, timestamp, rawBody }));
  const given = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; the length of a valid signature is no secret.
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    throw new AppError("invalid_signature");
  }
}
