// POST /api/v1/webhooks/jaas – 8x8 JaaS event notifications (signed; repeats change nothing)
import { withPublic, routes } from "@/lib/api/route";
import { readLimitedText } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { jaasWebhookBody, jaasWebhookResponse } from "@/lib/jaas-webhooks/schemas";
import { handleJaasWebhook } from "@/lib/jaas-webhooks/handle-jaas-webhook";

const NOT_CONFIGURED = "JaaS webhooks are not configured on this server.";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withPublic(
    {
      operationId: "jaasWebhook",
      summary: "8x8 JaaS event notifications",
      description:
        "Signed by JaaS (`X-Jaas-Signature: t=…,v1=…`, HMAC-SHA256 of `{t}.{raw body}` with the endpoint secret); no user authentication. Records `PARTICIPANT_JOINED` / `PARTICIPANT_LEFT` as `joined` / `left`, and `ROOM_DESTROYED` as `left` for whoever was still inside. Repeated deliveries (same `idempotencyKey`) change nothing. 404 unless JaaS and its webhook secret are configured.",
      tags: ["Webhooks"],
      body: jaasWebhookBody,
      rawBody: true,
      responses: { 200: { description: "Handled (or ignored: not one of ours).", schema: jaasWebhookResponse } },
      errors: ["invalid_signature", "not_found"],
      errorExamples: { not_found: NOT_CONFIGURED },
      // The signature is checked before the database is opened.
      db: "lazy",
    },
    async ({ req }) => {
      const config = env();
      const secret = config.JAAS_WEBHOOK_SECRET;
      // Without JaaS or a secret nothing can be verified: the endpoint does not exist.
      if (!secret || config.jitsiJwt?.mode !== "jaas") throw new AppError("not_found", NOT_CONFIGURED);
      const answer = await handleJaasWebhook({
        db: getDb,
        secret,
        appId: config.jitsiJwt.appId,
        rawBody: await readLimitedText(req),
        signature: req.headers.get("x-jaas-signature"),
      });
      return json(answer);
    },
  ),
});
