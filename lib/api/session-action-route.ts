// The four bodiless state changes on /sessions/:id/... (start, ready, end, cancel) share
// one shape: parse the id, refuse any body, run the domain action, answer the session.
import { withUser, routes } from "@/lib/api/route";
import { parseId, parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb, type Db } from "@/lib/db";
import { emptyBody } from "@/lib/sessions/schemas";
import { sessionDtoFor, type SessionRow } from "@/lib/sessions/dto";

type SessionAction = (options: { db: Db; sessionId: number; user: { id: number; name: string } }) => Promise<SessionRow>;

export function sessionActionRoute(action: SessionAction) {
  return routes({
    POST: withUser<{ id: string }>(async ({ req, params, user }) => {
      const sessionId = parseId(params.id, "session");
      await parseJsonBody(req, emptyBody);
      const session = await action({ db: await getDb(), sessionId, user });
      return json(sessionDtoFor(session, user.id));
    }),
  });
}
