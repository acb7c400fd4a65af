// Redeeming a join token hands out the meeting. Single use is enforced by one guarded
// update in the database, so N parallel redemptions give exactly one winner.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/sessions/audit";
import { findSession } from "@/lib/sessions/load-session";
import { setReadyInTx } from "@/lib/sessions/mark-ready";
import { assertCanJoin, auditEventOf, canTransition, sideOf, statusGuard } from "@/lib/sessions/rules";
import { sessionDto } from "@/lib/sessions/dto";
import { hashJoinToken } from "@/lib/sessions/join-token-crypto";
import { meetingLinkFor } from "@/lib/sessions/meeting-link";

const invalid = () => new AppError("token_invalid");

export async function redeemJoinToken({ db, token, user }: { db: Db; token: string; user: { id: number; name: string } }) {
  const row = await db.joinToken.findUnique({
    where: { tokenHash: hashJoinToken(token) },
    select: { id: true, sessionId: true, userId: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  if (!row) throw invalid();
  if (row.userId !== user.id) throw new AppError("token_not_yours");
  const session = await findSession(db, row.sessionId);
  const side = sideOf(session, user.id);
  if (!side) throw new AppError("token_not_yours");
  if (!canTransition("join", session.status) || row.revokedAt) {
    throw new AppError("session_not_active", `The session is ${session.status}; there is no meeting to join.`);
  }
  if (row.usedAt) throw new AppError("token_used");
  if (row.expiresAt.getTime() <= Date.now()) throw new AppError("token_expired");
  assertCanJoin(session, side);

  const now = new Date();
  const outcome = await db.$transaction(async (tx) => {
    const claim = await tx.joinToken.updateMany({
      where: { id: row.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claim.count === 0) return "lost" as const;
    const stillActive = await tx.session.count({ where: { id: session.id, status: statusGuard("join") } });
    if (stillActive === 0) return "inactive" as const;
    // A starter who joins without pressing Ready must not strand the other person.
    await setReadyInTx(tx, { sessionId: session.id, side, user, metadata: { via: "join" } });
    await writeAudit(tx, { sessionId: session.id, eventType: auditEventOf("join"), userId: user.id, message: `${user.name} joined the meeting`, metadata: { via: "join_token" } });
    return "joined" as const;
  });
  if (outcome === "inactive") throw new AppError("session_not_active");
  if (outcome === "lost") {
    const current = await db.joinToken.findUniqueOrThrow({ where: { id: row.id }, select: { usedAt: true, revokedAt: true } });
    if (current.revokedAt) throw new AppError("session_not_active");
    if (current.usedAt) throw new AppError("token_used");
    throw new AppError("token_expired");
  }
  const after = await findSession(db, session.id);
  return {
    session: sessionDto(after, side),
    meeting: { provider: after.videoProvider, meeting_id: after.zoomMeetingId, join_url: await meetingLinkFor({ session: after, side, user }), password: after.zoomMeetingPassword },
  };
}
