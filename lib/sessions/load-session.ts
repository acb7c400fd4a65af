// Every /sessions/{id}/... endpoint starts here: 404 if the session does not exist,
// 403 if the caller is neither of its two people. A scheduled session whose window has
// passed is recorded as missed on the way (lib/sessions/record-missed.ts).
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionRow } from "@/lib/sessions/dto";
import { readSessionRow } from "@/lib/sessions/read-session";
import { sideOf, type Side } from "@/lib/sessions/rules";
import { recordMissedIfDue } from "@/lib/sessions/record-missed";

export async function findSession(db: Db | Tx, sessionId: number): Promise<SessionRow> {
  const row = await readSessionRow(db, sessionId);
  if (!row) throw new AppError("session_not_found");
  return row;
}

/** findSession, after writing down a missed session's status and audit entry if its window passed. */
export async function findSettledSession(db: Db, sessionId: number): Promise<SessionRow> {
  const row = await findSession(db, sessionId);
  return (await recordMissedIfDue(db, row)) ? findSession(db, sessionId) : row;
}

export async function loadSessionForUser({ db, sessionId, userId }: { db: Db; sessionId: number; userId: number }): Promise<{ session: SessionRow; side: Side }> {
  const session = await findSession(db, sessionId);
  const side = sideOf(session, userId);
  if (!side) throw new AppError("not_participant");
  const settled = (await recordMissedIfDue(db, session)) ? await findSession(db, sessionId) : session;
  return { session: settled, side };
}
