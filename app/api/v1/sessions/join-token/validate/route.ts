// POST /api/v1/sessions/join-token/validate – redeem a join token for the meeting details
import { withUser, routes } from "@/lib/api/route";
import { parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { validateJoinTokenBody } from "@/lib/sessions/schemas";
import { redeemJoinToken } from "@/lib/sessions/redeem-join-token";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(async ({ req, user }) => {
    const { token } = await parseJsonBody(req, validateJoinTokenBody);
    return json(await redeemJoinToken({ db: await getDb(), token, user }));
  }),
});
