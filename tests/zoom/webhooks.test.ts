// POST /api/v1/webhooks/zoom against the real server: signatures, url_validation, and
// deliveries that must change nothing.
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { api } from "../support/api-client";
import { meetingEndedEvent, nowSeconds, participantEvent, sendZoomWebhook, ZOOM_TEST_WEBHOOK_SECRET } from "../support/zoom-webhook";

const invalidSignature = (message: string) => ({ error: { code: "invalid_signature", message } });

describe("POST /api/v1/webhooks/zoom – signatures", () => {
  it("POST /api/v1/webhooks/zoom – endpoint.url_validation answers the HMAC of plainToken", async () => {
    const plainToken = crypto.randomBytes(16).toString("base64url");
    const response = await sendZoomWebhook({ event: "endpoint.url_validation", event_ts: Date.now(), payload: { plainToken } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      plainToken,
      encryptedToken: crypto.createHmac("sha256", ZOOM_TEST_WEBHOOK_SECRET).update(plainToken).digest("hex"),
    });
  });

  it("POST /api/v1/webhooks/zoom – url_validation without a valid signature is refused (no signing oracle)", async () => {
    const response = await sendZoomWebhook({ event: "endpoint.url_validation", payload: { plainToken: "abc" } }, { signature: "v0=" + "0".repeat(64) });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(invalidSignature("The Zoom signature does not match."));
  });

  it("POST /api/v1/webhooks/zoom – url_validation with a plainToken that could be a signed message is refused", async () => {
    const response = await sendZoomWebhook({ event: "endpoint.url_validation", payload: { plainToken: `v0:${nowSeconds()}:{}` } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_failed");
  });

  it("POST /api/v1/webhooks/zoom – a valid signature on an event for no meeting of ours: 200, ignored", async () => {
    const response = await sendZoomWebhook(participantEvent("meeting.participant_joined", "999000111222"));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, outcome: "ignored" });
  });

  it.each([
    ["a wrong signature", { signature: "v0=" + "0".repeat(64) }, "The Zoom signature does not match."],
    ["another secret's signature", { secret: "not-the-secret" }, "The Zoom signature does not match."],
    ["a signature without v0=", { signature: "0".repeat(64) }, "The Zoom signature does not match."],
    ["no signature header", { signature: null }, "Missing Zoom signature headers."],
    ["a stale timestamp (6 minutes)", { timestamp: String(Math.floor(Date.now() / 1000) - 360) }, "The Zoom request timestamp is too old."],
    ["a non-numeric timestamp", { timestamp: "now" }, "Invalid Zoom request timestamp."],
  ] as const)("POST /api/v1/webhooks/zoom – %s: 401 invalid_signature", async (_label, options, message) => {
    const response = await sendZoomWebhook(meetingEndedEvent("123456789"), options);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.body).toEqual(invalidSignature(message));
  });

  it("POST /api/v1/webhooks/zoom – no headers at all: 401", async () => {
    const response = await api("/api/v1/webhooks/zoom", { method: "POST", body: meetingEndedEvent("123456789") });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(invalidSignature("Missing Zoom signature headers."));
  });

  it("POST /api/v1/webhooks/zoom – a body changed after signing: 401", async () => {
    const timestamp = nowSeconds();
    const signed = await import("@/lib/zoom-webhooks/verify-signature").then(({ signZoomPayload }) =>
      signZoomPayload({ secret: ZOOM_TEST_WEBHOOK_SECRET, timestamp, rawBody: JSON.stringify(meetingEndedEvent("1")) }),
    );
    const response = await sendZoomWebhook(meetingEndedEvent("2"), { timestamp, signature: signed });
    expect(response.status).toBe(401);
  });
});

describe("POST /api/v1/webhooks/zoom – payloads", () => {
  it.each([
    ["garbage", "this is not json", "invalid_json"],
    ["an empty body", "", "invalid_json"],
    ["JSON without an event", JSON.stringify({ payload: {} }), "validation_failed"],
    ["a JSON array", "[1,2]", "validation_failed"],
    ["a participant event without a meeting id", JSON.stringify({ event: "meeting.participant_joined", payload: { object: { participant: {} } } }), "validation_failed"],
  ])("POST /api/v1/webhooks/zoom – validly signed %s: 400", async (_label, rawBody, code) => {
    const response = await sendZoomWebhook(undefined, { rawBody });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe(code);
  });

  it("POST /api/v1/webhooks/zoom – an event type we do not use: 200, ignored", async () => {
    const response = await sendZoomWebhook({ event: "recording.completed", event_ts: Date.now(), payload: { object: { id: 1 } } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, outcome: "ignored" });
  });

  it("POST /api/v1/webhooks/zoom – meeting.ended for an unknown meeting: 200, ignored", async () => {
    const response = await sendZoomWebhook(meetingEndedEvent("424242424242"));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, outcome: "ignored" });
  });

  it("POST /api/v1/webhooks/zoom – over 64 KiB: 413", async () => {
    const response = await sendZoomWebhook({ event: "x", padding: "x".repeat(70 * 1024) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("payload_too_large");
  });

  it("GET /api/v1/webhooks/zoom – 405 with Allow: POST", async () => {
    const response = await api("/api/v1/webhooks/zoom/");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("POST /v1/webhooks/zoom/ – the /v1 alias reaches the same handler", async () => {
    const plainToken = "abcDEF123_-";
    const rawBody = JSON.stringify({ event: "endpoint.url_validation", payload: { plainToken } });
    const timestamp = nowSeconds();
    const { signZoomPayload } = await import("@/lib/zoom-webhooks/verify-signature");
    const response = await api("/v1/webhooks/zoom/", {
      method: "POST",
      rawBody,
      contentType: "application/json",
      headers: { "x-zm-request-timestamp": timestamp, "x-zm-signature": signZoomPayload({ secret: ZOOM_TEST_WEBHOOK_SECRET, timestamp, rawBody }) },
    });
    expect(response.status).toBe(200);
    expect(response.body.plainToken).toBe(plainToken);
  });
});
