// Emails a user about a change, inside the change's transaction: only when that kind of
// email is on for them (their column, read in the same transaction), and only to their
// own address.
import type { Tx } from "@/lib/db";
import { enqueueMail, type OutgoingMail } from "@/lib/mail/enqueue-mail";
import { CATEGORY_FIELD, type MailCategory } from "@/lib/mail/categories";

export async function notifyUser(
  tx: Tx,
  { userId, category, render }: { userId: number; category: MailCategory; render: (recipient: { name: string; timeZone: string }) => OutgoingMail },
): Promise<boolean> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, emailFriendRequests: true, emailSessionStarted: true, emailScheduledSessions: true, timeZone: true },
  });
  if (!user || !user[CATEGORY_FIELD[category]]) return false;
  await enqueueMail(tx, { recipient: { id: user.id, email: user.email }, mail: render({ name: user.name, timeZone: user.timeZone }) });
  return true;
}
