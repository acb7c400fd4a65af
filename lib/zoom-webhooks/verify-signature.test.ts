import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { signZoomPayload, verifyZoomSignature } from "@/lib/zoom-webhooks/verify-signature";
import { answerUrlValidation } from "@/lib/zoom-webhooks/answer-url-validation";

const secret = "webhook-secret";
const rawBody = '{"event":"meeting.ended","payload":{"object":{"id":"1"}}}';
const now = Date.UTC(2030, 0, 1);
const seconds = String(now / 1000);

function codeOf(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
}

describe("verifyZoomSignature", () => {
  it("accepts Zoom's v0 signature over timestamp and raw body", () => {
    const signature = signZoomPayload({ secret, timestamp: seconds, rawBody });
    expect(signature).toMatch(/^v0=[0-9a-f]{64}$/);
    expect(codeOf(() => verifyZoomSignature({ secret, rawBody, signature, timestamp: seconds, now }))).toBeUndefined();
  });

  it("accepts a timestamp within 5 minutes either way", () => {
    for (const offset of [-299, 299]) {
      const timestamp = String(now / 1000 + offset);
      const signature = signZoomPayload({ secret, timestamp, rawBody });
      expect(codeOf(() => verifyZoomSignature({ secret, rawBody, signature, timestamp, now }))).toBeUndefined();
    }
  });

  it.each([
    ["no signature", null, seconds],
    ["no timestamp", "v0=00", null],
    ["a non-numeric timestamp", "v0=00", "yesterday"],
    ["a stale timestamp", "fresh", String(now / 1000 - 301)],
    ["a future timestamp", "fresh", String(now / 1000 + 301)],
    ["a wrong signature", `v0=${"0".repeat(64)}`, seconds],
    ["a truncated signature", "v0=abc", seconds],
    ["another secret's signature", signZoomPayload({ secret: "other", timestamp: seconds, rawBody }), seconds],
    ["a signature of another body", signZoomPayload({ secret, timestamp: seconds, rawBody: rawBody + " " }), seconds],
  ])("refuses %s", (_label, signature, timestamp) => {
    const given = signature === "fresh" ? signZoomPayload({ secret, timestamp: timestamp!, rawBody }) : signature;
    expect(codeOf(() => verifyZoomSignature({ secret, rawBody, signature: given, timestamp, now }))).toBe("invalid_signature");
  });
});

describe("answerUrlValidation", () => {
  it("returns hex HMAC-SHA256(secret, plainToken)", () => {
    // Reference value from `printf %s qgg8vlvZRS6UYooatFL8Aw | openssl dgst -sha256 -hmac webhook-secret`.
    expect(answerUrlValidation({ secret, plainToken: "qgg8vlvZRS6UYooatFL8Aw" })).toEqual({
      plainToken: "qgg8vlvZRS6UYooatFL8Aw",
      encryptedToken: "6888178e55e7626f94e88a56224baefbb707ceaa8ec37ce09efc6bbf66b89ea8",
    });
  });
});
