// The one limiter behind every abuse limit (README, Abuse limits). A limit is counted and
// checked by a single INSERT … ON CONFLICT … DO UPDATE … RETURNING on one row per
// (limit, subject): PostgreSQL locks that row for the statement, so N parallel requests
// are admitted exactly up to the limit, on PostgreSQL and PGlite alike and across app
// instances. Windows are fixed: they open with the first counted attempt and close
// `windowSeconds` later (by the database's clock, so instances cannot disagree).
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { retryMessage } from "@/lib/rate-limit/retry-message";

export type Limit = {
  /** Names the limit in keys, e.g. "chat"; subjects are appended ("chat:42"). */
  name: string;
  max: number;
  windowSeconds: number;
  /** What was refused, for the message: "Too many chat messages." */
  refusal: string;
};

/** An admitted attempt: release it to give the slot back (the window is remembered). */
export type Slot = { key: string; windowEndsAt: Date };

type Attempt = { admitted: true; slot: Slot } | { admitted: false; retryAfterSeconds: number };

/** What `countAttemptSql` returns: one row, or none when its condition did not hold. */
export type CountedRow = { admitted: boolean; expires_at: Date; retry_after: number };

/** Expired rows are only ever overwritten; delete them at most this often per process. */
const CLEANUP_INTERVAL_MS = 60_000;
let lastCleanupAt = 0;

function limitKey(limit: Pick<Limit, "name">, subject: string | number): string {
  return `${limit.name}:${subject}`;
}

/**
 * The counting statement, written once: counts one attempt against `limit` for `subject`
 * if the window has room, and returns a `CountedRow`. A refused attempt leaves the count
 * as it was (only `admitted` records the refusal), so it never uses up room in a later
 * window. `when` is a SQL condition: while false nothing is counted and no row comes back,
 * which lets a caller embed the statement as a CTE that counts only a permitted attempt
 * (lib/chat/post-message.ts: the count, the check and the work in one statement).
 */
export function countAttemptSql(limit: Limit, subject: string | number, when: Prisma.Sql = Prisma.sql`true`): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO rate_limit_counters AS c (key, count, admitted, expires_at)
    SELECT ${limitKey(limit, subject)}::text, 1, true, now() + ${limit.windowSeconds}::int * interval '1 second'
    WHERE ${when}
    ON CONFLICT (key) DO UPDATE SET
      count = CASE
        WHEN c.expires_at <= now() THEN 1
        WHEN c.count < ${limit.max}::int THEN c.count + 1
        ELSE c.count END,
      admitted = (c.expires_at <= now() OR c.count < ${limit.max}::int),
      expires_at = CASE WHEN c.expires_at <= now() THEN EXCLUDED.expires_at ELSE c.expires_at END
    RETURNING admitted, expires_at, ceil(extract(epoch FROM c.expires_at - now()))::int AS retry_after`;
}

/**
 * Counts one attempt against `limit` for `subject` if the window has room (`countAttemptSql`).
 * Inside a transaction (`tx`) the count commits or rolls back with it (lib/mail/enqueue-mail.ts).
 */
export async function consume(db: Db | Tx, limit: Limit, subject: string | number): Promise<Attempt> {
  const rows = await db.$queryRaw<CountedRow[]>(countAttemptSql(limit, subject));
  await cleanUpExpired(db);
  const row = rows[0]!;
  if (row.admitted) return { admitted: true, slot: slotOf(limit, subject, row) };
  return { admitted: false, retryAfterSeconds: retryAfter(row) };
}

/** The slot an admitted `countAttemptSql` row holds, to release it later. */
export function slotOf(limit: Pick<Limit, "name">, subject: string | number, row: Pick<CountedRow, "expires_at">): Slot {
  return { key: limitKey(limit, subject), windowEndsAt: row.expires_at };
}

/** Seconds until a refused attempt's window closes, at least 1 (the Retry-After header). */
export function retryAfter(row: Pick<CountedRow, "retry_after">): number {
  return Math.max(1, row.retry_after);
}

/** Gives an admitted attempt back (e.g. the sign-in succeeded), within the same window only. */
export async function release(db: Db, slot: Slot): Promise<void> {
  await db.$executeRaw`
    UPDATE rate_limit_counters SET count = count - 1
    WHERE key = ${slot.key}::text AND expires_at = ${slot.windowEndsAt} AND count > 0`;
}

/** Forgets a subject's count (e.g. a successful sign-in clears that address's failures). */
export async function resetLimit(db: Db, limit: Limit, subject: string | number): Promise<void> {
  await db.$executeRaw`DELETE FROM rate_limit_counters WHERE key = ${limitKey(limit, subject)}::text`;
}

/** The 429 every limit answers with. */
export function rateLimited(limit: Pick<Limit, "refusal">, retryAfterSeconds: number): AppError {
  return new AppError("rate_limited", `${limit.refusal} ${retryMessage(retryAfterSeconds)}`, { retryAfterSeconds });
}

/** Counts one attempt or throws 429 `rate_limited` with Retry-After. */
export async function assertWithinLimit(db: Db, limit: Limit, subject: string | number): Promise<Slot> {
  const attempt = await consume(db, limit, subject);
  if (!attempt.admitted) throw rateLimited(limit, attempt.retryAfterSeconds);
  return attempt.slot;
}

/**
 * Counts one attempt, then does the work; if the work fails, the attempt is given back,
 * so only what actually happened (a message sent, a meeting created) uses up the limit.
 */
export async function withinLimit<T>(db: Db, limit: Limit, subject: string | number, work: () => Promise<T>): Promise<T> {
  const slot = await assertWithinLimit(db, limit, subject);
  try {
    return await work();
  } catch (error) {
    await release(db, slot);
    throw error;
  }
}

/** Deletes expired counters at most every CLEANUP_INTERVAL_MS; called after counting. */
export async function cleanUpExpired(db: Db | Tx): Promise<void> {
  const now = Date.now();
  if (now - lastCleanupAt < CLEANUP_INTERVAL_MS) return;
  lastCleanupAt = now;
  await deleteExpiredCounters(db);
}

/** Deletes counters and holds whose window is over; returns how many. */
export async function deleteExpiredCounters(db: Db | Tx): Promise<number> {
  return db.$executeRaw`DELETE FROM rate_limit_counters WHERE expires_at < now()`;
}
