// POST /api/v1/sessions/:id/join-token – a one-time join link, only when the caller may join
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { sessionIdParam } from "@/lib/api/path-id";
import { joinTokenResponse } from "@/lib/sessions/schemas";
import { issueJoinToken } from "@/lib/sessions/issue-join-token";
import { invalidState } from "@/lib/sessions/rules";
import { joinTokenExample } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(
    {
      operationId: "issueJoinToken",
      summary: "A one-time join link, only when you may join",
      description: "Valid for an hour, for you only, once. Open `join_url` in the browser, or redeem `token` with /sessions/join-token/validate.",
      tags: ["Sessions"],
      params: sessionIdParam,
      body: "none",
      responses: { 201: { description: "The link.", schema: joinTokenResponse, examples: { alice: { summary: "Alice, once Bob is ready", value: joinTokenExample } } } },
      errors: ["session_not_found", "not_participant", "invalid_state", "cannot_join_yet"],
      errorExamples: { invalid_state: invalidState("join", "pending").message },
      rateLimits: ["joinTokens"],
    },
    async ({ params, user, db }) => json(await issueJoinToken({ db, sessionId: params.id, userId: user.id }), 201),
  ),
});
