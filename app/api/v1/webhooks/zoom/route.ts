// POST /api/v1/webhooks/zoom – Zoom's event notifications (signed; repeats change nothing)
import { withPublic, routes } from "@/lib/api/route";
import { readLimitedText } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { handleZoomWebhook } from "@/lib/zoom-webhooks/handle-zoom-webhook";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withPublic(async ({ req }) => {
    // Without a secret nothing can be verified: the endpoint does not exist.
    const secret = env().ZOOM_WEBHOOK_SECRET_TOKEN;
    if (!secret) throw new AppError("not_found", "Zoom webhooks are not configured on this server.");
    const answer = await handleZoomWebhook({
      db: getDb,
      secret,
      rawBody: await readLimitedText(req),
      signature: req.headers.get("x-zm-signature"),
      timestamp: req.headers.get("x-zm-request-timestamp"),
    });
    return json(answer);
  }),
});
