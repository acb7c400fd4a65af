// GET /api/v1/sessions – the caller's sessions, newest first, filtered and cursor-paged
import { withUser, routes } from "@/lib/api/route";
import { parseQuery } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { nextLinkHeader } from "@/lib/api/pagination";
import { getDb } from "@/lib/db";
import { listSessionsQuery } from "@/lib/sessions/schemas";
import { listSessions } from "@/lib/sessions/list-sessions";
import { sessionDtoFor } from "@/lib/sessions/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(async ({ req, user }) => {
    const query = parseQuery(req, listSessionsQuery);
    const { sessions, nextCursor } = await listSessions({ db: await getDb(), userId: user.id, query });
    return json(sessions.map((session) => sessionDtoFor(session, user.id)), 200, nextLinkHeader(req, nextCursor));
  }),
});
