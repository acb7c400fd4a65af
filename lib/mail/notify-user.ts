// Emails a user about a change, inside the change's transaction: only when that kind of
// email is on for them (their column, read in the same transaction), and only to their
// own address.
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMail, type OutgoingMail } from "@/lib/mail/enqueue-mail";
import { CATEGORY_FIELD, type MailCategory } from "@/lib/mail/categories";

/** What the rule needs of the recipient, read in the change's transaction. */
export type Recipient = {
  id: number;
  email: string;
  name: string;
  emailFriendRequests: boolean;
  emailSessionStarted: boolean;
  emailScheduledSessions: boolean;
  timeZone: string;
};

type Render = (recipient: { name: string; timeZone: string }) => OutgoingMail;

/**
 * The `Recipient` of the users row aliased `alias` as one JSON object, for a caller whose
 * own statement reads the recipient (lib/sessions/start-session.ts); `recipientFromJson` reads it.
 */
export function recipientJsonSql(alias: string): Prisma.Sql {
  const u = Prisma.raw(alias);
  return Prisma.sql`json_build_object('id', ${u}.id, 'email', ${u}.email, 'name', ${u}.name,
    'emailFriendRequests', ${u}.email_friend_requests, 'emailSessionStarted', ${u}.email_session_started,
    'emailScheduledSessions', ${u}.email_scheduled_sessions, 'timeZone', ${u}.time_zone)`;
}

/** `recipientJsonSql`'s value: JSON arrives parsed or as text, depending on the adapter. */
export function recipientFromJson(value: unknown): Recipient | null {
  if (value === null || value === undefined) return null;
  return (typeof value === "string" ? JSON.parse(value) : value) as Recipient;
}

export async function notifyUser(tx: Tx, { userId, category, render }: { userId: number; category: MailCategory; render: Render }): Promise<boolean> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, emailFriendRequests: true, emailSessionStarted: true, emailScheduledSessions: true, timeZone: true },
  });
  return notifyRecipient(tx, { recipient: user, category, render });
}

/** notifyUser for a recipient already read in this transaction (null: no such user). */
export async function notifyRecipient(tx: Tx, { recipient, category, render }: { recipient: Recipient | null; category: MailCategory; render: Render }): Promise<boolean> {
  if (!recipient || !recipient[CATEGORY_FIELD[category]]) return false;
  await enqueueMail(tx, { recipient: { id: recipient.id, email: recipient.email }, mail: render({ name: recipient.name, timeZone: recipient.timeZone }) });
  return true;
}
