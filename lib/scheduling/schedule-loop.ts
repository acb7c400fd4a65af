// The scheduling loop: one per instance (started in instrumentation.ts, stopped on
// SIGTERM), every SCHEDULE_POLL_MS. It sends each reminder of an accepted scheduled
// session once and records sessions whose window passed unstarted as missed.
//
// Exactly once, whatever the number of instances and across restarts: a reminder is
// claimed by one UPDATE that sets its column (`stream_reminder_at`, `email_reminder_at`)
// where it is still NULL, over `FOR UPDATE SKIP LOCKED`, and what it causes is written in
// the same transaction: the live reminder's announcement (pg_notify, sent on commit) or
// the reminder emails (outbox rows). A rolled-back claim sends nothing and is claimed
// again; a committed one is never claimed again (a reschedule clears both columns).
// Times are the app's clock (lib/clock.ts), passed in, never the database's now().
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { logger } from "@/lib/log";
import { STREAM_REMINDER_MS } from "@/lib/sessions/rules";
import { recordDueMissed } from "@/lib/sessions/record-missed";
import { notifyScheduleChange } from "@/lib/scheduling/notify-schedule";

const BATCH = 50;
type Claimed = { id: number; initiator_id: number; participant_id: number };

/** The two reminders, each with its own claim column and lead time; the only columns the claim may name. */
const REMINDERS = {
  stream: { column: Prisma.raw("stream_reminder_at"), leadMs: () => STREAM_REMINDER_MS },
  email: { column: Prisma.raw("email_reminder_at"), leadMs: () => env().REMINDER_MINUTES * 60_000 },
} as const;

/** Claims up to BATCH sessions whose `reminder` is due at `at` and not yet sent, by setting its column. */
async function claimReminders(tx: Tx, at: Date, reminder: keyof typeof REMINDERS): Promise<Claimed[]> {
  const { column, leadMs } = REMINDERS[reminder];
  const due = new Date(at.getTime() + leadMs());
  return tx.$queryRaw<Claimed[]>`
    UPDATE sessions SET ${column} = ${at}
     WHERE ${column} IS NULL AND id IN (
       SELECT id FROM sessions
        WHERE status = 'scheduled' AND invitation = 'accepted' AND ${column} IS NULL
          AND scheduled_for <= ${due} AND scheduled_end >= ${at}
        ORDER BY scheduled_for LIMIT ${BATCH}::int
        FOR UPDATE SKIP LOCKED)
    RETURNING id, initiator_id, participant_id`;
}

/** One pass: reminders due now, then missed sessions. Returns what it did. */
export async function runSchedulePass(db: Db): Promise<{ streamReminders: number; emailReminders: number; missed: number }> {
  const at = now();
  const streamReminders = await db.$transaction(async (tx) => {
    const claimed = await claimReminders(tx, at, "stream");
    // The session row's update already announces `session.updated`; this adds `session.reminder` for the toast.
    for (const row of claimed) {
      await tx.$queryRaw`SELECT 1 AS sent FROM (SELECT pairline_announce('session_reminder', to_json(${row.id}::int), ARRAY[${row.initiator_id}::int, ${row.participant_id}::int])) AS announced`;
    }
    return claimed.length;
  });
  const emailReminders = await db.$transaction(async (tx) => {
    const claimed = await claimReminders(tx, at, "email");
    for (const row of claimed) await notifyScheduleChange(tx, { sessionId: row.id, kind: "reminder", recipients: [row.initiator_id, row.participant_id] });
    return claimed.length;
  });
  const missed = await recordDueMissed(db);
  if (streamReminders + emailReminders + missed > 0) logger().info({ stream_reminders: streamReminders, email_reminders: emailReminders, missed }, "schedule pass");
  return { streamReminders, emailReminders, missed };
}

type LoopState = { timer?: NodeJS.Timeout; running?: Promise<void>; stopped: boolean };
const holder = globalThis as typeof globalThis & { __pairlineScheduleLoop?: LoopState };

/** Starts this instance's loop (once; instrumentation.ts). */
export function startScheduleLoop(): void {
  if (holder.__pairlineScheduleLoop) return;
  const state: LoopState = (holder.__pairlineScheduleLoop = { stopped: false });
  const tick = async () => {
    try {
      await runSchedulePass(await getDb());
    } catch (error) {
      // The database is down or closing: whatever is due stays due for the next pass.
      if (!state.stopped) logger().warn({ err: error }, "schedule loop: pass failed");
    }
  };
  const schedule = () => {
    if (state.stopped) return;
    state.timer = setTimeout(() => {
      state.running = tick().finally(schedule);
    }, env().SCHEDULE_POLL_MS);
    state.timer.unref();
  };
  schedule();
}

/** Stops the loop and waits for a pass in progress. */
export async function stopScheduleLoop(): Promise<void> {
  const state = holder.__pairlineScheduleLoop;
  if (!state) return;
  state.stopped = true;
  clearTimeout(state.timer);
  await state.running;
}
