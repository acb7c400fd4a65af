// POST /api/v1/unsubscribe?token=... – RFC 8058 one-click unsubscribe from one kind of email
import { withPublic, routes } from "@/lib/api/route";
import { FORM_MEDIA_TYPE_MESSAGE } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { unsubscribeBody, unsubscribeQuery, unsubscribeResponse } from "@/lib/mail/schemas";
import { INVALID_UNSUBSCRIBE_LINK, unsubscribe } from "@/lib/mail/unsubscribe";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withPublic(
    {
      operationId: "unsubscribe",
      summary: "Turn one kind of email off (one-click)",
      description:
        "The target of every categorized email's `List-Unsubscribe` header (RFC 8058). Mail programs POST `List-Unsubscribe=One-Click` as a form; the page `/unsubscribe?token=...` does the same from its button. No cookie and no CSRF check: the signed token names the account and the category, and is the only credential. Turns that preference off (README, Email).",
      tags: ["Accounts"],
      query: unsubscribeQuery,
      body: unsubscribeBody,
      form: true,
      bodyExample: { "List-Unsubscribe": "One-Click" },
      responses: { 200: { description: "That kind of email is off.", schema: unsubscribeResponse } },
      errors: ["invalid_request"],
      errorExamples: { invalid_request: INVALID_UNSUBSCRIBE_LINK, unsupported_media_type: FORM_MEDIA_TYPE_MESSAGE },
    },
    async ({ db, query }) => json({ ...(await unsubscribe({ db, token: query.token })), enabled: false }),
  ),
});
