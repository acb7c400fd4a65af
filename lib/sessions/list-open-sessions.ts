import type { Db } from "@/lib/db";
import { sessionSelect, type SessionRow } from "@/lib/sessions/dto";
import { OPEN_STATUSES } from "@/lib/sessions/rules";

/** The caller's pending and active sessions (at most one per friend), newest first. */
export async function listOpenSessions({ db, userId }: { db: Db; userId: number }): Promise<SessionRow[]> {
  return db.session.findMany({
    where: { status: { in: [...OPEN_STATUSES] }, OR: [{ initiatorId: userId }, { participantId: userId }] },
    select: sessionSelect,
    orderBy: { id: "desc" },
    take: 50,
  });
}
