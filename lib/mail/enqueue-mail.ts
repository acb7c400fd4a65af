// The one way to send an email: write it, already rendered, into the outbox (the
// mail_outbox table) inside the transaction of the change that causes it. The sender
// loop delivers it later, so a rolled-back change sends nothing and a committed one
// survives restarts and SMTP outages.
import type { Tx } from "@/lib/db";

/** The preferences a user can turn off, one per kind of notification (README, Email). */
export const MAIL_CATEGORIES = ["email_friend_requests", "email_session_started", "email_scheduled_sessions"] as const;
export type MailCategory = (typeof MAIL_CATEGORIES)[number];

export type OutgoingMail = {
  /** What it is about, for the log and the tests: `friend_request`, `password_reset`, ... */
  kind: string;
  /** The preference that governs it; null for mail that cannot be turned off. */
  category: MailCategory | null;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

export async function enqueueMail(tx: Tx, { recipient, mail }: { recipient: { id: number; email: string }; mail: OutgoingMail }): Promise<void> {
  await tx.mailOutbox.create({
    data: {
      recipientId: recipient.id,
      toAddress: recipient.email,
      kind: mail.kind,
      category: mail.category,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers ?? {},
    },
  });
}
