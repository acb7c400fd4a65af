// POST /api/v1/sessions/:id/join-token – a one-time join link, only when the caller may join
import { withUser, routes } from "@/lib/api/route";
import { parseId, parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { emptyBody } from "@/lib/sessions/schemas";
import { issueJoinToken } from "@/lib/sessions/issue-join-token";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser<{ id: string }>(async ({ req, params, user }) => {
    const sessionId = parseId(params.id, "session");
    await parseJsonBody(req, emptyBody);
    return json(await issueJoinToken({ db: await getDb(), sessionId, userId: user.id }), 201);
  }),
});
