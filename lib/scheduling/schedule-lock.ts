// Overlap checks that hold under parallel requests on any number of instances: inside the
// writing transaction, take a transaction-scoped advisory lock per person (in id order, so
// two transactions never wait on each other crosswise), then look for an overlapping
// scheduled session. A second schedule for either person waits for the first to commit
// and then sees it, so of N parallel overlapping schedules exactly one succeeds.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { SCHEDULED_STATUS } from "@/lib/sessions/rules";

/** The advisory lock namespace (the first key) for "scheduling of user N". */
const SCHEDULE_LOCK_SPACE = 20_022;

export async function lockPeopleForScheduling(tx: Tx, userIds: number[]): Promise<void> {
  for (const userId of [...new Set(userIds)].sort((a, b) => a - b)) {
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${SCHEDULE_LOCK_SPACE}::int, ${userId}::int)) AS taken`;
  }
}

/**
 * 409 `schedule_conflict` when either person has a proposed or accepted scheduled session
 * (other than `exceptId`) overlapping [start, end). Call after lockPeopleForScheduling.
 */
export async function assertNoConflict(tx: Tx, { userIds, start, end, exceptId }: { userIds: number[]; start: Date; end: Date; exceptId?: number }): Promise<void> {
  const clash = await tx.session.findFirst({
    where: {
      status: SCHEDULED_STATUS,
      scheduledFor: { lt: end },
      scheduledEnd: { gt: start },
      ...(exceptId ? { id: { not: exceptId } } : {}),
      OR: [{ initiatorId: { in: userIds } }, { participantId: { in: userIds } }],
    },
    select: { id: true, scheduledFor: true },
  });
  if (clash) throw new AppError("schedule_conflict", { session_id: clash.id });
}
