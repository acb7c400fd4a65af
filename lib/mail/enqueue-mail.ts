// The one way to send an email: write it, already rendered, into the outbox (the
// mail_outbox table) inside the transaction of the change that causes it. The sender
// loop (lib/mail/outbox-sender.ts) delivers it later, so a rolled-back change sends
// nothing and a committed one survives restarts and SMTP outages.
//
// The per-recipient cap is counted here, inside that transaction, by the shared limiter
// (lib/rate-limit/limiter.ts): its counter row stays locked until the transaction ends,
// so parallel changes on any instance are admitted exactly up to the cap, and a change
// that rolls back gives its count back. Checking at send time instead would need the
// senders of several instances to agree on a count. A message over the cap is still
// written, already dropped, so the outbox records what was not sent and why.
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { consume, type Limit } from "@/lib/rate-limit/limiter";
import { signUnsubscribeToken, unsubscribeApiUrl } from "@/lib/mail/unsubscribe-token";
import type { MailCategory } from "@/lib/mail/categories";

export { MAIL_CATEGORIES, type MailCategory } from "@/lib/mail/categories";

export type OutgoingMail = {
  /** What it is about, for the log and the tests: `friend_request`, `password_reset`, ... */
  kind: string;
  /** The preference that governs it; null for mail that cannot be turned off. */
  category: MailCategory | null;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** An iCalendar invitation sent along as `text/calendar; method=...` (scheduled sessions). */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
};

export const RECIPIENT_CAP_DROP_REASON = "recipient_cap";

export function recipientCap(): Limit {
  return { name: "mail:recipient", max: env().MAIL_MAX_PER_RECIPIENT_PER_HOUR, windowSeconds: 3600, refusal: "Too many emails to this recipient." };
}

/** RFC 8058 one-click unsubscribe for a categorized message, as single-line headers (a folded one breaks DKIM on some servers). */
export async function unsubscribeHeaders(recipientId: number, category: MailCategory): Promise<Record<string, string>> {
  const url = unsubscribeApiUrl(await signUnsubscribeToken({ userId: recipientId, category }));
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export async function enqueueMail(tx: Tx, { recipient, mail }: { recipient: { id: number; email: string }; mail: OutgoingMail }): Promise<void> {
  const admitted = (await consume(tx, recipientCap(), recipient.id)).admitted;
  const headers = { ...(mail.category ? await unsubscribeHeaders(recipient.id, mail.category) : {}), ...mail.headers };
  const row = await tx.mailOutbox.create({
    data: {
      recipientId: recipient.id,
      toAddress: recipient.email,
      kind: mail.kind,
      category: mail.category,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers,
      calendarMethod: mail.calendar?.method ?? null,
      calendarContent: mail.calendar?.content ?? null,
      ...(admitted ? {} : { droppedAt: new Date(), dropReason: RECIPIENT_CAP_DROP_REASON }),
    },
    select: { id: true },
  });
  if (!admitted) logDropped({ outboxId: row.id, recipientId: recipient.id, kind: mail.kind });
}

export function logDropped({ outboxId, recipientId, kind }: { outboxId: number; recipientId: number; kind: string }): void {
  logger().warn({ outbox_id: outboxId, recipient_id: recipientId, kind, drop_reason: RECIPIENT_CAP_DROP_REASON }, "mail dropped: over the recipient's hourly cap");
}
