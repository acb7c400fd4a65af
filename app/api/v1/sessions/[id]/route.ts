// GET /api/v1/sessions/:id – one session as the caller sees it
import { withUser, routes } from "@/lib/api/route";
import { parseId } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { loadSessionForUser } from "@/lib/sessions/load-session";
import { sessionDto } from "@/lib/sessions/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser<{ id: string }>(async ({ params, user }) => {
    const { session, side } = await loadSessionForUser({ db: await getDb(), sessionId: parseId(params.id, "session"), userId: user.id });
    return json(sessionDto(session, side));
  }),
});
