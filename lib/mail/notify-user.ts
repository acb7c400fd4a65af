// Emails a user about a change, inside the change's transaction: only when that kind of
// email is on for them (their column, read in the same transaction), and only to their
// own address.
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMail, RECIPIENT_CAP_DROP_REASON, recipientCap, unsubscribeHeaders, type OutgoingMail } from "@/lib/mail/enqueue-mail";
import { countAttemptSql } from "@/lib/rate-limit/limiter";
import { CATEGORY_FIELD, MAIL_CATEGORIES, type MailCategory } from "@/lib/mail/categories";

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

/**
 * notifyUser as data-modifying CTEs (`notify_recipient`, `notify_counted`, `notify_outbox`)
 * for a change made in one statement (lib/sessions/start-session.ts), written only when
 * `when` holds: the same rules, the category's column (each category is its users
 * column), the recipient's hourly cap counted by the shared limiter, and the outbox row
 * (dropped when over the cap), all in the change's statement. The mail is rendered
 * beforehand, so the caller passes the name it already has. `notify_outbox` returns `id`
 * and `dropped`: log a dropped one with logDropped (lib/mail/enqueue-mail.ts).
 */
export async function notifyUserCtes({ userId, category, when, mail }: { userId: number; category: MailCategory; when: Prisma.Sql; mail: OutgoingMail }): Promise<Prisma.Sql> {
  // The column's name goes into the SQL as is: only a known category may.
  if (!MAIL_CATEGORIES.includes(category)) throw new Error(`notifyUserCtes: unknown category ${category}`);
  const headers = { ...(mail.category ? await unsubscribeHeaders(userId, mail.category) : {}), ...mail.headers };
  return Prisma.sql`
    notify_recipient AS (
      SELECT u.id, u.email FROM users u WHERE u.id = ${userId}::int AND u.${Prisma.raw(category)} AND ${when}
    ),
    notify_counted AS (${countAttemptSql(recipientCap(), userId, Prisma.sql`EXISTS (SELECT 1 FROM notify_recipient)`)}),
    notify_outbox AS (
      INSERT INTO mail_outbox (recipient_id, to_address, kind, category, subject, text, html, headers, calendar_method, calendar_content, dropped_at, drop_reason)
      SELECT r.id, r.email, ${mail.kind}::text, ${mail.category}::text, ${mail.subject}::text, ${mail.text}::text, ${mail.html}::text, ${JSON.stringify(headers)}::jsonb,
             ${mail.calendar?.method ?? null}::text, ${mail.calendar?.content ?? null}::text,
             CASE WHEN c.admitted THEN NULL ELSE now() END, CASE WHEN c.admitted THEN NULL ELSE ${RECIPIENT_CAP_DROP_REASON}::text END
        FROM notify_recipient r, notify_counted c
      RETURNING id, dropped_at IS NOT NULL AS dropped
    )`;
}
