// A scheduled session whose window passed unstarted reads `missed` on every read
// (rules.ts effectiveStatus); this writes it down once, with its `missed` audit entry.
// The guarded UPDATE makes it idempotent: the sweep (lib/scheduling/schedule-loop.ts)
// and a read racing it on any instance write the entry exactly once between them.
import type { Db, Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { writeAudit } from "@/lib/sessions/audit";
import { isPastWindow, MISSED_STATUS, SCHEDULED_STATUS } from "@/lib/sessions/rules";

async function recordInTx(tx: Tx, sessionId: number, at: Date): Promise<boolean> {
  const update = await tx.session.updateMany({
    where: { id: sessionId, status: SCHEDULED_STATUS, scheduledEnd: { lt: at } },
    data: { status: MISSED_STATUS, startClaimedAt: null },
  });
  if (update.count === 0) return false;
  await writeAudit(tx, { sessionId, eventType: "missed", userId: null, message: "Nobody started the session in its time window" });
  return true;
}

/** Records the session as missed if its window has passed; true when this call did it. */
export async function recordMissedIfDue(db: Db, session: { id: number; status: string; scheduledEnd: Date | null }): Promise<boolean> {
  const at = now();
  if (session.status !== SCHEDULED_STATUS || !isPastWindow(session, at)) return false;
  return db.$transaction((tx) => recordInTx(tx, session.id, at));
}

/** The sweep: every scheduled session whose window has passed, a few at a time. Returns how many it recorded. */
export async function recordDueMissed(db: Db, limit = 50): Promise<number> {
  const at = now();
  const due = await db.session.findMany({ where: { status: SCHEDULED_STATUS, scheduledEnd: { lt: at } }, select: { id: true }, orderBy: { scheduledEnd: "asc" }, take: limit });
  let recorded = 0;
  for (const { id } of due) if (await db.$transaction((tx) => recordInTx(tx, id, at))) recorded += 1;
  return recorded;
}
