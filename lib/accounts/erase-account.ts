// What deleting an account erases (README, Deleting an account; GDPR Art. 17), inside the
// deleting transaction. The users row stays only as "Deleted user" (no email, no password,
// no preferences) because the sessions and audit entries the friend keeps point at it;
// everything personal goes: friendships, requests, both sides' conversations, invitations,
// reset links, the calendar feed, Zoom registrant links, presence and stream rows, the mail addressed to or about them, the sign-in
// counters keyed by their email, and their name or email inside kept audit entries.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const DELETED_USER_NAME = "Deleted user";

/** A placeholder address no one can register (RFC 2606's `.invalid`), unique per row. */
export function deletedEmail(userId: number): string {
  return `deleted-${userId}@deleted.invalid`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Replaces the person's name (as a whole word) and email in every string of a JSON value. */
function scrubber(name: string, email: string) {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])|${escapeRegExp(email)}`, "giu");
  const text = (value: string) => value.replace(pattern, (match) => (match.toLowerCase() === email.toLowerCase() ? "" : DELETED_USER_NAME));
  const json = (value: unknown): unknown => {
    if (typeof value === "string") return text(value);
    if (Array.isArray(value)) return value.map(json);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, json(inner)]));
    return value;
  };
  return { text, json };
}

export async function eraseAccountInTx(tx: Tx, { userId, email, name }: { userId: number; email: string; name: string }): Promise<void> {
  const either = (low: string, high: string) => ({ OR: [{ [low]: userId }, { [high]: userId }] });

  // Everyone they wrote to or were written about to: mail to those people may name them.
  const [friendships, requests, sessions] = await Promise.all([
    tx.friendship.findMany({ where: either("userLowId", "userHighId"), select: { userLowId: true, userHighId: true } }),
    tx.friendRequest.findMany({ where: either("fromUserId", "toUserId"), select: { fromUserId: true, toUserId: true } }),
    tx.session.findMany({ where: either("initiatorId", "participantId"), select: { id: true, initiatorId: true, participantId: true } }),
  ]);
  const counterparts = new Set<number>();
  for (const f of friendships) counterparts.add(f.userLowId).add(f.userHighId);
  for (const r of requests) counterparts.add(r.fromUserId).add(r.toUserId);
  for (const s of sessions) counterparts.add(s.initiatorId).add(s.participantId);
  counterparts.delete(userId);

  await tx.friendRequest.deleteMany({ where: either("fromUserId", "toUserId") });
  await tx.friendship.deleteMany({ where: either("userLowId", "userHighId") });
  // Both sides' messages go with the pair's conversations (and their read markers).
  await tx.conversation.deleteMany({ where: either("userLowId", "userHighId") });
  await tx.chatReadMarker.deleteMany({ where: { userId } });
  await tx.invite.deleteMany({ where: { inviterId: userId } });
  await tx.passwordResetToken.deleteMany({ where: { userId } });
  await tx.eventStreamLease.deleteMany({ where: { userId } });
  await tx.presenceOfflineDue.deleteMany({ where: { userId } });
  // The calendar feed's secret, and their own Zoom registrant links (their sessions are cancelled by now).
  await tx.calendarFeed.deleteMany({ where: { userId } });
  await tx.zoomRegistrant.deleteMany({ where: { userId } });

  const scrub = scrubber(name, email);
  const mailAbout = (field: "subject" | "text" | "html") => ({ [field]: { contains: name } });
  await tx.mailOutbox.deleteMany({
    where: {
      OR: [
        { recipientId: userId },
        { toAddress: { equals: email, mode: "insensitive" } },
        { recipientId: { in: [...counterparts] }, OR: [mailAbout("subject"), mailAbout("text"), mailAbout("html")] },
      ],
    },
  });
  // Sign-in and password-reset counters are keyed by the email.
  await tx.$executeRaw`DELETE FROM rate_limit_counters WHERE position(${email}::text in key) > 0`;

  // The kept history names nobody: "Alice cancelled the session" → "Deleted user cancelled the session".
  // The audit log is append-only; this transaction declares the erasure the trigger allows.
  await tx.$queryRaw`SELECT set_config('pairline.erasing_personal_data', 'on', true) AS erasing`;
  const entries = await tx.auditLog.findMany({
    where: { OR: [{ userId }, { sessionId: { in: sessions.map((s) => s.id) } }] },
    select: { id: true, message: true, metadata: true },
  });
  for (const entry of entries) {
    const message = scrub.text(entry.message);
    const metadata = scrub.json(entry.metadata) as Prisma.InputJsonValue;
    if (message !== entry.message || JSON.stringify(metadata) !== JSON.stringify(entry.metadata)) {
      await tx.auditLog.update({ where: { id: entry.id }, data: { message, metadata }, select: { id: true } });
    }
  }

  await tx.user.update({
    where: { id: userId },
    data: {
      name: DELETED_USER_NAME,
      email: deletedEmail(userId),
      // No hash verifies against an empty string: no password signs in to it again.
      passwordHash: "",
      role: "user",
      tokenVersion: { increment: 1 },
      signedOutReason: null,
      deletedAt: new Date(),
      showPresence: false,
      emailFriendRequests: false,
      emailSessionStarted: false,
      emailScheduledSessions: false,
      timeZone: "UTC",
      lastSeenAt: null,
      disabledReason: null,
      disabledAt: null,
      disabledById: null,
    },
    select: { id: true },
  });
}
