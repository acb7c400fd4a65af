// POST /api/v1/sessions/join-token/validate – redeem a join token for the meeting details
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { redeemedJoinTokenResponse, validateJoinTokenBody } from "@/lib/sessions/schemas";
import { redeemJoinToken } from "@/lib/sessions/redeem-join-token";
import { joinTokenExample, redeemedExample } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(
    {
      operationId: "redeemJoinToken",
      summary: "Redeem a join token for the meeting",
      description: "The token is used up. Redeeming marks you ready if you were not (audit `ready`, metadata `{\"via\": \"join\"}`).",
      tags: ["Sessions"],
      body: validateJoinTokenBody,
      bodyExample: { token: joinTokenExample.token },
      responses: { 200: { description: "The session and the meeting to open.", schema: redeemedJoinTokenResponse, examples: { alice: { summary: "Alice joins", value: redeemedExample } } } },
      errors: ["token_invalid", "token_used", "token_expired", "token_not_yours", "cannot_join_yet", "session_not_active"],
    },
    async ({ body, user, db }) => json(await redeemJoinToken({ db, token: body.token, user })),
  ),
});
