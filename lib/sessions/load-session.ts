// Every /sessions/{id}/... endpoint starts here: 404 if the session does not exist,
// 403 if the caller is neither of its two people.
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sessionSelect, type SessionRow } from "@/lib/sessions/dto";
import { sideOf, type Side } from "@/lib/sessions/rules";

export async function findSession(db: Db | Tx, sessionId: number): Promise<SessionRow> {
  const row = await db.session.findUnique({ where: { id: sessionId }, select: sessionSelect });
  if (!row) throw new AppError("session_not_found");
  return row;
}

export async function loadSessionForUser({ db, sessionId, userId }: { db: Db | Tx; sessionId: number; userId: number }): Promise<{ session: SessionRow; side: Side }> {
  const session = await findSession(db, sessionId);
  const side = sideOf(session, userId);
  if (!side) throw new AppError("not_participant");
  return { session, side };
}
