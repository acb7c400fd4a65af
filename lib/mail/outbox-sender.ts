// The outbox sender: one small loop per instance (started in instrumentation.ts, stopped
// on SIGTERM) that claims due rows of mail_outbox and sends them (README, Email).
//
// Claiming is one UPDATE over `FOR UPDATE SKIP LOCKED`: of several instances polling the
// same database, each row goes to exactly one, which pushes its next_attempt_at a claim
// lease ahead and counts the attempt. Sent: sent_at is set. Failed: it waits with
// exponential backoff, and is dropped after MAIL_MAX_ATTEMPTS. A sender that dies
// mid-send leaves the row claimed; the lease runs out and another pass sends it again,
// so delivery is at least once (the Message-ID stays the same).
import type { Db } from "@/lib/db";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { createMailTransport, type MailTransport } from "@/lib/mail/transport";
import { backoffSeconds } from "@/lib/mail/backoff";

const BATCH_SIZE = 10;

type ClaimedRow = {
  id: number;
  recipient_id: number | null;
  to_address: string;
  kind: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string> | null;
  calendar_method: string | null;
  calendar_content: string | null;
  attempts: number;
  created_at: Date;
};


async function claimDue(db: Db): Promise<ClaimedRow[]> {
  const { MAIL_CLAIM_LEASE_SECONDS: lease } = env();
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE mail_outbox
       SET next_attempt_at = now() + ${lease}::int * interval '1 second', attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM mail_outbox
        WHERE sent_at IS NULL AND dropped_at IS NULL AND next_attempt_at <= now()
        ORDER BY id
        LIMIT ${BATCH_SIZE}::int
        FOR UPDATE SKIP LOCKED)
    RETURNING id, recipient_id, to_address, kind, subject, text, html, headers, calendar_method, calendar_content, attempts, created_at`;
}

async function markSent(db: Db, id: number): Promise<void> {
  await db.$executeRaw`UPDATE mail_outbox SET sent_at = now(), last_error = NULL WHERE id = ${id}::int AND sent_at IS NULL`;
}

async function drop(db: Db, row: ClaimedRow, reason: string, lastError: string | null): Promise<void> {
  await db.$executeRaw`
    UPDATE mail_outbox SET dropped_at = now(), drop_reason = ${reason}, last_error = ${lastError}
     WHERE id = ${row.id}::int AND sent_at IS NULL`;
  logger().error({ outbox_id: row.id, recipient_id: row.recipient_id, kind: row.kind, attempts: row.attempts, drop_reason: reason }, "mail dropped");
}

async function scheduleRetry(db: Db, row: ClaimedRow, lastError: string): Promise<void> {
  const config = env();
  const wait = backoffSeconds(row.attempts, { base: config.MAIL_RETRY_BASE_SECONDS, cap: config.MAIL_RETRY_CAP_SECONDS });
  await db.$executeRaw`
    UPDATE mail_outbox SET next_attempt_at = now() + ${wait}::int * interval '1 second', last_error = ${lastError}
     WHERE id = ${row.id}::int AND sent_at IS NULL`;
  logger().warn({ outbox_id: row.id, kind: row.kind, attempts: row.attempts, retry_in_seconds: wait, err_message: lastError }, "mail not sent; will retry");
}

function messageId(row: ClaimedRow): string {
  return `<outbox-${row.id}-${row.created_at.getTime()}@${new URL(env().APP_URL).hostname}>`;
}

async function deliver(db: Db, transport: MailTransport, row: ClaimedRow): Promise<void> {
  const config = env();
  // The account was deleted after the message was written (recipient_id is set null).
  if (row.recipient_id === null) return drop(db, row, "recipient_deleted", null);
  // Claimed once more after the last try's lease ran out (that sender died mid-send).
  if (row.attempts > config.MAIL_MAX_ATTEMPTS) return drop(db, row, "max_attempts", "the last attempt did not finish");
  try {
    await transport.send({ messageId: messageId(row), to: row.to_address, subject: row.subject, text: row.text, html: row.html, headers: row.headers ?? {}, calendar: row.calendar_method && row.calendar_content ? { method: row.calendar_method, content: row.calendar_content } : undefined });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    if (row.attempts >= config.MAIL_MAX_ATTEMPTS) return drop(db, row, "max_attempts", message);
    return scheduleRetry(db, row, message);
  }
  await markSent(db, row.id);
  logger().info({ outbox_id: row.id, recipient_id: row.recipient_id, kind: row.kind, attempts: row.attempts }, "mail sent");
}

/** One pass: claims due rows and sends them; returns how many were claimed. */
export async function sendDueMail({ db, transport }: { db: Db; transport: MailTransport }): Promise<number> {
  const rows = await claimDue(db);
  for (const row of rows.sort((a, b) => a.id - b.id)) await deliver(db, transport, row);
  return rows.length;
}

type SenderState = { timer?: NodeJS.Timeout; running?: Promise<void>; stopped: boolean; transport?: MailTransport };
// On globalThis like the database: one loop per process however the bundler splits modules.
const holder = globalThis as typeof globalThis & { __pairlineMailSender?: SenderState };

/** Starts this instance's loop (once; instrumentation.ts). */
export function startMailSender(): void {
  if (holder.__pairlineMailSender) return;
  const state: SenderState = (holder.__pairlineMailSender = { stopped: false });
  const tick = async () => {
    try {
      state.transport ??= createMailTransport();
      const db = await getDb();
      // A full batch means more may be due: go again at once.
      while (!state.stopped && (await sendDueMail({ db, transport: state.transport })) === BATCH_SIZE);
    } catch (error) {
      // The database is down or closing: the rows wait in the outbox for the next pass.
      if (!state.stopped) logger().warn({ err: error }, "mail sender: pass failed");
    }
  };
  const schedule = () => {
    if (state.stopped) return;
    state.timer = setTimeout(() => {
      state.running = tick().finally(schedule);
    }, env().MAIL_POLL_MS);
    state.timer.unref();
  };
  schedule();
}

/** Stops the loop and waits for a pass in progress (a message being sent is finished or left to its lease). */
export async function stopMailSender(): Promise<void> {
  const state = holder.__pairlineMailSender;
  if (!state) return;
  state.stopped = true;
  clearTimeout(state.timer);
  await state.running;
  state.transport?.close();
}
