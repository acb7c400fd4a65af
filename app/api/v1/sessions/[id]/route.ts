// GET /api/v1/sessions/:id – one session as the caller sees it
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { sessionIdParam } from "@/lib/api/path-id";
import { sessionResponse } from "@/lib/sessions/schemas";
import { loadSessionForUser } from "@/lib/sessions/load-session";
import { sessionDto } from "@/lib/sessions/dto";
import { sessionExamples } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "getSession",
      summary: "One session, as you see it",
      description: "The meeting's details only once you may join; `allowed_actions` says what you may do now.",
      tags: ["Sessions"],
      params: sessionIdParam,
      responses: { 200: { description: "The session.", schema: sessionResponse, examples: { aliceCanJoin: sessionExamples.aliceCanJoin, bobReady: sessionExamples.bobReady } } },
      errors: ["session_not_found", "not_participant"],
    },
    async ({ params, user, db }) => {
      const { session, side } = await loadSessionForUser({ db, sessionId: params.id, userId: user.id });
      return json(sessionDto(session, side));
    },
  ),
});
