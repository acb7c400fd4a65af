// Start: claim the pending session (only one start can hold the claim), create the
// meeting outside any transaction, then record it; release the claim if the provider
// failed so the session can be started again. The per-user meeting limit is counted
// after the claim (a start that loses the claim creates nothing) and before the call.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { videoProvider } from "@/lib/video";
import { MeetingSetupFailed } from "@/lib/video/provider";
import { auditValues, writeAudit } from "@/lib/sessions/audit";
import { findSession, loadSessionForUser } from "@/lib/sessions/load-session";
import { sessionLinkCtes } from "@/lib/chat/post-session-link";
import { allowedFrom, asOf, assertScheduledAction, auditEventOf, canTransition, invalidState, OPEN_STATUSES, SCHEDULED_STATUS, transition } from "@/lib/sessions/rules";
import { now } from "@/lib/clock";
import { isUniqueViolation } from "@/lib/db/errors";
import type { SessionRow } from "@/lib/sessions/dto";
import { sessionRowAfter, toSessionRow, type RawSessionRow } from "@/lib/sessions/read-session";
import { limits } from "@/lib/rate-limit/limits";
import { cleanUpExpired, countAttemptSql, rateLimited, release, retryAfter, slotOf, type Limit, type Slot } from "@/lib/rate-limit/limiter";
import { activeHoldSql, holdFor } from "@/lib/rate-limit/hold";
import { retryMessage } from "@/lib/rate-limit/retry-message";
import { env } from "@/lib/env";
import { notifyUserCtes } from "@/lib/mail/notify-user";
import { logDropped } from "@/lib/mail/enqueue-mail";
import { sessionStartedMail } from "@/lib/mail/messages/session-started";

/** A claim older than this belongs to a process that died mid-start. */
const STALE_CLAIM_MS = 60_000;

/** The record statement's row: the SessionRow, and the email's outbox row if one was written. */
type RecordedRow = RawSessionRow & { outboxId: number | null; outboxDropped: boolean | null };

export async function startSession({ db, sessionId, user }: { db: Db; sessionId: number; user: { id: number; name: string } }): Promise<SessionRow> {
  const provider = videoProvider();
  const claimedAt = new Date();
  const limit = limits().meetings;
  const releaseClaim = () => db.session.updateMany({ where: { id: sessionId, startClaimedAt: claimedAt }, data: { startClaimedAt: null } });
  const claim = { sessionId, claimedAt, providerName: provider.name, limit, userId: user.id, releaseClaim };
  // The usual case, an instant session: the claim itself checks that the caller is one of
  // the two and that no time rule applies, so nothing is read first. Anything else (not
  // found, not theirs, another status, a hold, a claim held by another start) takes the
  // loading path, which answers in the order it always has.
  const quick = await claimStart(db, { ...claim, scheduled: false, quickFor: user.id });
  const { session, quotaSlot } = quick ?? (await loadAndClaim(db, { ...claim, user }));
  const activeStatus = transition("start", session.status);

  const otherName = session.initiatorId === user.id ? session.participant.name : session.initiator.name;
  const topic = `Pairline: ${user.name} & ${otherName}`;
  const attemptedAt = new Date();
  const attendees = [session.initiator, session.participant].map((person) => ({ userId: person.id, name: person.name }));
  let meeting;
  try {
    meeting = await provider.createMeeting({ sessionId, topic, attendees });
  } catch (thrown) {
    if (thrown instanceof MeetingSetupFailed) {
      await recordSetupFailure(db, { sessionId, claimedAt, user, failure: thrown });
      // Undone: nothing was left at the provider, so the start does not count against the caller's limit.
      if (thrown.details.undone) await release(db, quotaSlot);
      throw thrown.cause;
    }
    const error = thrown;
    const timedOut = error instanceof AppError && error.code === "provider_timeout";
    await db.$transaction(async (tx) => {
      await tx.session.updateMany({ where: { id: sessionId, startClaimedAt: claimedAt }, data: { startClaimedAt: null } });
      if (timedOut) {
        // The provider may have created the meeting after all; the topic and time let an
        // operator find it at the provider and delete it (README, Operations).
        await writeAudit(tx, {
          sessionId,
          eventType: "start_timed_out",
          userId: user.id,
          message: `${provider.name === "zoom" ? "Zoom" : "The video provider"} did not answer in time; the session is still pending`,
          metadata: { provider: provider.name, topic, attempted_at: attemptedAt.toISOString(), meeting_may_exist: true },
        });
      }
    });
    // No meeting was made: the start does not count against the caller's limit. After a
    // timeout one may have been, so that start keeps counting.
    if (!timedOut) await release(db, quotaSlot);
    if (error instanceof AppError && error.code === "provider_rate_limited") {
      await holdFor(db, providerHold(provider.name), error.extra.retryAfterSeconds ?? 60);
    }
    throw error;
  }

  const otherUserId = session.initiatorId === user.id ? session.participantId : session.initiatorId;
  const recordedWhen = Prisma.sql`EXISTS (SELECT 1 FROM updated)`;
  const at = new Date();
  const started = auditValues({ eventType: auditEventOf("start"), userId: user.id, message: `${user.name} started the session` });
  const linked = auditValues({
    eventType: "zoom_link_generated",
    userId: user.id,
    message: `A ${meeting.provider === "zoom" ? "Zoom" : "Jitsi"} meeting was created`,
    // A Jitsi room name is the meeting's address: it is never written down for others to read.
    metadata: { provider: meeting.provider, ...(meeting.provider === "zoom" ? { meeting_id: meeting.meetingId } : {}) },
  });
  // Someone with the app open hears of the start on the live stream; the others get an
  // email (README, Email), rendered beforehand with the name the session was loaded with.
  const mail = sessionStartedMail({ recipientName: otherName, starterName: user.name, sessionId });
  const notify = await notifyUserCtes({
    userId: otherUserId,
    category: "email_session_started",
    when: Prisma.sql`${recordedWhen} AND NOT pairline_is_online(${otherUserId}::int, ${env().PRESENCE_GRACE_SECONDS}::int)`,
    mail,
  });
  // The guarded update, both audit entries, the chat announcement and the email in one
  // statement (data-modifying CTEs), which reads the row back: it needs no transaction of its own.
  const recordStatement = (client: Db | Tx) => client.$queryRaw<RecordedRow[]>`
      WITH updated AS (
        UPDATE sessions
           SET status = ${activeStatus}::text::"SessionStatus", start_claimed_at = NULL, started_by_id = ${user.id}::int, started_at = ${at},
               video_provider = ${meeting.provider}::text::"VideoProvider", zoom_meeting_id = ${meeting.meetingId}, zoom_meeting_url = ${meeting.joinUrl},
               zoom_meeting_password = ${meeting.password}, updated_at = ${at}
         WHERE id = ${sessionId}::int AND status::text IN (${Prisma.join(allowedFrom("start"))}) AND start_claimed_at = ${claimedAt}
        RETURNING *),
      audit AS (
        INSERT INTO audit_logs (session_id, event_type, user_id, message, metadata)
        SELECT updated.id, entry.event_type::"AuditEventType", entry.user_id, entry.message, entry.metadata::jsonb
          FROM updated,
               (VALUES (1, ${started.eventType}::text, ${started.userId}::int, ${started.message}::text, ${started.metadata}::text),
                       (2, ${linked.eventType}::text, ${linked.userId}::int, ${linked.message}::text, ${linked.metadata}::text)) AS entry(n, event_type, user_id, message, metadata)
         ORDER BY entry.n
        RETURNING *),
      ${sessionLinkCtes({ sessionId, starter: user, otherUserId, when: recordedWhen })},
      ${notify}
      SELECT r.*, (SELECT id FROM notify_outbox) AS "outboxId", (SELECT dropped FROM notify_outbox) AS "outboxDropped"
        FROM (${sessionRowAfter}) r`;
  const record = async (): Promise<SessionRow | null> => {
    let recorded: { row: RecordedRow; session: SessionRow } | null;
    if (meeting.registrants.length === 0) {
      const rows = await recordStatement(db);
      recorded = rows[0] ? { row: rows[0], session: toSessionRow(withoutMail(rows[0])) } : null;
    } else {
      // Zoom registrants are written after the statement, in its transaction, so the row is read again.
      recorded = await db.$transaction(async (tx) => {
        const rows = await recordStatement(tx);
        if (!rows[0]) return null;
        await tx.zoomRegistrant.createMany({
          data: meeting.registrants.map((registrant) => ({ sessionId, meetingId: meeting.meetingId, userId: registrant.userId, registrantId: registrant.registrantId, joinUrl: registrant.joinUrl })),
        });
        return { row: rows[0], session: await findSession(tx, sessionId) };
      });
    }
    if (!recorded) return null;
    await cleanUpExpired(db);
    const { outboxId, outboxDropped } = recorded.row;
    if (outboxId !== null && outboxDropped) logDropped({ outboxId, recipientId: otherUserId, kind: mail.kind });
    return recorded.session;
  };
  let recorded: SessionRow | null;
  try {
    recorded = await record();
  } catch (error) {
    // A scheduled start lost to an instant session of the pair opened meanwhile (the partial unique index).
    if (!isUniqueViolation(error)) throw error;
    await releaseClaim();
    await provider.closeMeeting({ meetingId: meeting.meetingId, wasActive: false });
    await release(db, quotaSlot);
    throw await openSessionExists(db, session);
  }
  if (!recorded) {
    // Cancelled while the meeting was being created: do not leave the meeting behind.
    await provider.closeMeeting({ meetingId: meeting.meetingId, wasActive: false, registrantIds: meeting.registrants.map((registrant) => registrant.registrantId) });
    throw new AppError("invalid_state", "The session was cancelled while it was being started.");
  }
  return recorded;
}

function withoutMail(row: RecordedRow): RawSessionRow {
  const { outboxId: _outboxId, outboxDropped: _outboxDropped, ...session } = row;
  return session;
}

/** The loading path: 404, 403 and 409 as the session is, the rules of a scheduled start, then the claim. */
async function loadAndClaim(
  db: Db,
  claim: Omit<Parameters<typeof claimStart>[1], "scheduled" | "quickFor"> & { user: { id: number } },
): Promise<{ session: StartFacts; quotaSlot: Slot }> {
  const { session } = await loadSessionForUser({ db, sessionId: claim.sessionId, userId: claim.user.id });
  transition("start", session.status);
  // A scheduled session: accepted, inside its window, and the pair has no instant session open (README, Scheduling and calendars).
  const scheduled = session.status === SCHEDULED_STATUS;
  if (scheduled) {
    const at = now();
    assertScheduledAction("start", asOf(session, at), claim.user.id, at);
    await assertNoOpenSession(db, session);
  }
  const claimed = await claimStart(db, { ...claim, scheduled });
  return { session, quotaSlot: claimed!.quotaSlot };
}

/**
 * A person could not be registered after the meeting was created (Zoom registration): the
 * provider has already deleted the meeting; the session goes back to pending, and the
 * audit log says what happened (and whether a meeting may have been left behind).
 */
async function recordSetupFailure(
  db: Db,
  { sessionId, claimedAt, user, failure }: { sessionId: number; claimedAt: Date; user: { id: number }; failure: MeetingSetupFailed },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.session.updateMany({ where: { id: sessionId, startClaimedAt: claimedAt }, data: { startClaimedAt: null } });
    await writeAudit(tx, {
      sessionId,
      eventType: "start_failed",
      userId: user.id,
      message: failure.details.undone
        ? "Zoom could not register a participant; the meeting was deleted and the session is still pending"
        : "Zoom could not register a participant and the meeting could not be deleted; the session is still pending",
      metadata: {
        provider: "zoom",
        step: failure.details.step,
        error_code: failure.cause.code as "provider_error" | "provider_rate_limited" | "provider_timeout",
        meeting_id: failure.details.meetingId,
        meeting_deleted: failure.details.undone,
        ...(failure.details.undoError ? { undo_error: failure.details.undoError } : {}),
      },
    });
  });
}

const providerHold = (name: string) => `provider:${name}`;

function pairOpenWhere(session: Pick<SessionRow, "initiatorId" | "participantId">) {
  return {
    status: { in: [...OPEN_STATUSES] },
    OR: [
      { initiatorId: session.initiatorId, participantId: session.participantId },
      { initiatorId: session.participantId, participantId: session.initiatorId },
    ],
  };
}

async function openSessionExists(db: Db, session: Pick<SessionRow, "initiatorId" | "participantId">): Promise<AppError> {
  const open = await db.session.findFirst({ where: pairOpenWhere(session), select: { id: true } });
  return new AppError("open_session_exists", { session_id: open?.id ?? null });
}

/** 409 `open_session_exists` when the pair already has a pending or active session. */
async function assertNoOpenSession(db: Db, session: SessionRow): Promise<void> {
  const open = await db.session.findFirst({ where: pairOpenWhere(session), select: { id: true } });
  if (open) throw new AppError("open_session_exists", { session_id: open.id });
}

type ClaimRow = { held_retry_after: number | null; claimed: boolean; admitted: boolean | null; expires_at: Date | null; retry_after: number | null; facts: StartFacts | string | null };

/** What a start needs of the session: its status and its two people. */
type StartFacts = Pick<SessionRow, "status" | "initiatorId" | "participantId" | "initiator" | "participant">;

/**
 * The provider hold, the claim and the meeting limit in one statement: while the
 * provider's 429 lasts, starts are refused without claiming (and without calling it
 * again); only one start holds the claim (a claim older than STALE_CLAIM_MS belongs to a
 * process that died mid-start); the limit is counted only for the start that claimed (a
 * start that loses the claim creates nothing). A refused count gives the claim back.
 */
async function claimStart(
  db: Db,
  { sessionId, scheduled, claimedAt, providerName, limit, userId, releaseClaim, quickFor }: {
    sessionId: number;
    scheduled: boolean;
    claimedAt: Date;
    providerName: string;
    limit: Limit;
    userId: number;
    releaseClaim: () => Promise<unknown>;
    /** Claim only an instant session of this person's, and answer null (nothing done) rather than why not. */
    quickFor?: number;
  },
): Promise<{ session: StartFacts; quotaSlot: Slot } | null> {
  const stale = new Date(claimedAt.getTime() - STALE_CLAIM_MS);
  const rows = await db.$queryRaw<ClaimRow[]>`
    WITH held AS (${activeHoldSql(providerHold(providerName))}),
    claimed AS (
      UPDATE sessions SET start_claimed_at = ${claimedAt}, updated_at = ${claimedAt}
       WHERE id = ${sessionId}::int AND status::text IN (${Prisma.join(allowedFrom("start"))})
         AND (start_claimed_at IS NULL OR start_claimed_at < ${stale})
         AND (${!scheduled}::boolean OR (invitation = 'accepted' AND scheduled_end >= ${now()}))
         AND NOT EXISTS (SELECT 1 FROM held)
         AND (${quickFor === undefined}::boolean OR ((initiator_id = ${quickFor ?? 0}::int OR participant_id = ${quickFor ?? 0}::int)
              AND status::text IN (${Prisma.join(allowedFrom("start").filter((status) => status !== SCHEDULED_STATUS))})))
      RETURNING id, status, initiator_id, participant_id),
    counted AS (${countAttemptSql(limit, userId, Prisma.sql`EXISTS (SELECT 1 FROM claimed)`)})
    SELECT (SELECT retry_after FROM held LIMIT 1) AS held_retry_after, EXISTS (SELECT 1 FROM claimed) AS claimed,
           counted.admitted, counted.expires_at, counted.retry_after,
           (SELECT json_build_object('status', c.status::text, 'initiatorId', c.initiator_id, 'participantId', c.participant_id,
                                     'initiator', json_build_object('id', i.id, 'name', i.name), 'participant', json_build_object('id', p.id, 'name', p.name))
              FROM claimed c JOIN users i ON i.id = c.initiator_id JOIN users p ON p.id = c.participant_id) AS facts
      FROM (SELECT 1) AS one LEFT JOIN counted ON true`;
  const row = rows[0]!;
  if (quickFor !== undefined && (row.held_retry_after !== null || !row.claimed)) return null;
  if (row.held_retry_after !== null) {
    const retryAfterSeconds = retryAfter({ retry_after: row.held_retry_after });
    throw new AppError(
      "provider_rate_limited",
      `${providerName === "zoom" ? "Zoom" : "The video provider"} is rate limiting meeting requests. ${retryMessage(retryAfterSeconds)}`,
      { retryAfterSeconds },
    );
  }
  if (!row.claimed) {
    const current = await findSession(db, sessionId);
    if (!canTransition("start", current.status)) throw invalidState("start", current.status);
    throw new AppError("invalid_state", "The session is already being started.");
  }
  await cleanUpExpired(db);
  if (!row.admitted) {
    await releaseClaim();
    throw rateLimited(limit, retryAfter({ retry_after: row.retry_after! }));
  }
  // JSON may arrive parsed or as text, depending on the adapter.
  const session = (typeof row.facts === "string" ? JSON.parse(row.facts) : row.facts) as StartFacts;
  return { session, quotaSlot: slotOf(limit, userId, { expires_at: row.expires_at! }) };
}
