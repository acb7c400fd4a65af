// POST /api/v1/sessions/create – create a pending session with a friend
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { createSessionBody, sessionResponse } from "@/lib/sessions/schemas";
import { createSession } from "@/lib/sessions/create-session";
import { sessionDtoFor } from "@/lib/sessions/dto";
import { sessionExamples } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(
    {
      operationId: "createSession",
      summary: "Create a pending session with a friend",
      description: "At most one pending or active session per pair: a second is 409 `open_session_exists` with its `session_id`.",
      tags: ["Sessions"],
      body: createSessionBody,
      bodyExample: { participant_id: 2 },
      responses: { 201: { description: "The pending session.", schema: sessionResponse, examples: { created: sessionExamples.created } } },
      errors: ["cannot_session_with_self", "not_friends", "user_not_found", "open_session_exists"],
    },
    async ({ body, user, db }) => {
      const session = await createSession({ db, initiator: user, participantId: body.participant_id });
      return json(sessionDtoFor(session, user.id), 201);
    },
  ),
});
