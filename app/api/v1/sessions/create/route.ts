// POST /api/v1/sessions/create – create a pending session with a friend
import { withUser, routes } from "@/lib/api/route";
import { parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { createSessionBody } from "@/lib/sessions/schemas";
import { createSession } from "@/lib/sessions/create-session";
import { sessionDtoFor } from "@/lib/sessions/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(async ({ req, user }) => {
    const { participant_id } = await parseJsonBody(req, createSessionBody);
    const session = await createSession({ db: await getDb(), initiator: user, participantId: participant_id });
    return json(sessionDtoFor(session, user.id), 201);
  }),
});
