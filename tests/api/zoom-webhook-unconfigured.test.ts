// Without ZOOM_WEBHOOK_SECRET_TOKEN nothing can be verified, so the endpoint is absent.
import { describe, expect, it } from "vitest";
import { api } from "../support/api-client";

describe("POST /api/v1/webhooks/zoom – no secret configured", () => {
  it("POST /api/v1/webhooks/zoom – 404 not_found, even for url_validation", async () => {
    const response = await api("/api/v1/webhooks/zoom", { method: "POST", body: { event: "endpoint.url_validation", payload: { plainToken: "abc" } } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "not_found", message: "Zoom webhooks are not configured on this server." } });
  });
});
