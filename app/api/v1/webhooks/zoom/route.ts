// POST /api/v1/webhooks/zoom – Zoom's event notifications (signed; repeats change nothing)
import { withPublic, routes } from "@/lib/api/route";
import { readLimitedText } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { webhookEnvelope, zoomWebhookResponse } from "@/lib/zoom-webhooks/schemas";
import { handleZoomWebhook } from "@/lib/zoom-webhooks/handle-zoom-webhook";

const NOT_CONFIGURED = "Zoom webhooks are not configured on this server.";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withPublic(
    {
      operationId: "zoomWebhook",
      summary: "Zoom's event notifications",
      description:
        "Signed by Zoom (`x-zm-signature`, `x-zm-request-timestamp`); no user authentication. Answers `endpoint.url_validation`; records `meeting.participant_joined` / `meeting.participant_left` and completes the session on `meeting.ended`. Repeated deliveries change nothing. 404 when no webhook secret is configured.",
      tags: ["Webhooks"],
      body: webhookEnvelope,
      rawBody: true,
      responses: { 200: { description: "Handled (or ignored: not one of ours).", schema: zoomWebhookResponse } },
      errors: ["invalid_signature", "not_found"],
      errorExamples: { not_found: NOT_CONFIGURED },
      // The signature is checked before the database is opened.
      db: "lazy",
    },
    async ({ req }) => {
      // Without a secret nothing can be verified: the endpoint does not exist.
      const secret = env().ZOOM_WEBHOOK_SECRET_TOKEN;
      if (!secret) throw new AppError("not_found", NOT_CONFIGURED);
      const answer = await handleZoomWebhook({
        db: getDb,
        secret,
        rawBody: await readLimitedText(req),
        signature: req.headers.get("x-zm-signature"),
        timestamp: req.headers.get("x-zm-request-timestamp"),
      });
      return json(answer);
    },
  ),
});
