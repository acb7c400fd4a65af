// Emails about a scheduled session's change, written in the change's transaction (the
// outbox): to the other person for a proposal, new time, acceptance, decline or
// cancellation, to both for the reminder (README, Email). Each carries the session's
// calendar as it is after the change, so SEQUENCE is already the new one.
import type { Tx } from "@/lib/db";
import { notifyUser } from "@/lib/mail/notify-user";
import { scheduledSessionMail, type ScheduledMailKind } from "@/lib/mail/messages/scheduled-session";
import { sessionCalendar, type CalendarSession } from "@/lib/calendar/session-calendar";

const person = { select: { id: true, name: true, email: true } } as const;

export const calendarSessionSelect = {
  id: true,
  status: true,
  scheduledFor: true,
  scheduledEnd: true,
  durationMinutes: true,
  note: true,
  invitation: true,
  sequence: true,
  initiator: person,
  participant: person,
} as const;

const METHOD: Record<ScheduledMailKind, "REQUEST" | "CANCEL" | null> = {
  proposed: "REQUEST",
  rescheduled: "REQUEST",
  accepted: "REQUEST",
  declined: "CANCEL",
  cancelled: "CANCEL",
  reminder: null,
};

/** Mails `recipients` (user ids of the session's two people) about the change `kind`. */
export async function notifyScheduleChange(tx: Tx, { sessionId, kind, recipients }: { sessionId: number; kind: ScheduledMailKind; recipients: number[] }): Promise<void> {
  const session = await tx.session.findUnique({ where: { id: sessionId }, select: calendarSessionSelect });
  if (!session?.scheduledFor || !session.durationMinutes) return;
  const method = METHOD[kind];
  const calendar = method ? { method, content: sessionCalendar([session as CalendarSession], method) } : undefined;
  for (const userId of recipients) {
    const friend = userId === session.initiator.id ? session.participant : session.initiator;
    await notifyUser(tx, {
      userId,
      category: "email_scheduled_sessions",
      render: (recipient) =>
        scheduledSessionMail({ kind, recipient, friendName: friend.name, sessionId, startsAt: session.scheduledFor!, durationMinutes: session.durationMinutes!, calendar }),
    });
  }
}
