// Mail about a scheduled session (README, Scheduling and calendars): proposed,
// rescheduled, accepted, declined, cancelled, and the reminder. Subject and body name the
// friend and the time in the recipient's own zone, with the zone's name. Invitations and
// changes carry the session's calendar as METHOD:REQUEST, cancellations as METHOD:CANCEL
// (the same UID, a higher SEQUENCE), so calendar programs update their copy.
import { renderMail } from "@/lib/mail/messages/layout";
import type { OutgoingMail } from "@/lib/mail/enqueue-mail";

export type ScheduledMailKind = "proposed" | "rescheduled" | "accepted" | "declined" | "cancelled" | "reminder";

/** "Thursday, 24 December 2026 at 16:00 (Europe/Paris)": the recipient's zone, named. */
export function formatInZone(at: Date, timeZone: string): string {
  let zone = timeZone;
  let text: string;
  try {
    text = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(at);
  } catch {
    zone = "UTC";
    text = new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(at);
  }
  return `${text} (${zone})`;
}

const WORDING: Record<ScheduledMailKind, { subject: (friend: string, when: string) => string; paragraph: (friend: string, when: string, minutes: number) => string }> = {
  proposed: { subject: (friend, when) => `${friend} proposed a session on ${when}`, paragraph: (friend, when, minutes) => `${friend} would like a ${minutes}-minute video session with you on ${when}. Accept it, decline it or propose another time.` },
  rescheduled: { subject: (friend, when) => `${friend} proposed a new time: ${when}`, paragraph: (friend, when, minutes) => `${friend} moved your session to ${when} (${minutes} minutes). Accept the new time, decline it or propose another one.` },
  accepted: { subject: (friend, when) => `${friend} accepted your session on ${when}`, paragraph: (friend, when) => `${friend} accepted the session on ${when}. You can start it from 10 minutes before.` },
  declined: { subject: (friend, when) => `${friend} declined the session on ${when}`, paragraph: (friend, when) => `${friend} declined the session on ${when}. It is cancelled.` },
  cancelled: { subject: (friend, when) => `Session with ${friend} on ${when} cancelled`, paragraph: (friend, when) => `The session with ${friend} on ${when} was cancelled.` },
  reminder: { subject: (friend, when) => `Reminder: session with ${friend} at ${when}`, paragraph: (friend, when) => `Your session with ${friend} starts at ${when}. Open the waiting room to start it or join.` },
};

export function scheduledSessionMail({
  kind,
  recipient,
  friendName,
  sessionId,
  startsAt,
  durationMinutes,
  calendar,
}: {
  kind: ScheduledMailKind;
  recipient: { name: string; timeZone: string };
  friendName: string;
  sessionId: number;
  startsAt: Date;
  durationMinutes: number;
  calendar?: OutgoingMail["calendar"];
}): OutgoingMail {
  const when = formatInZone(startsAt, recipient.timeZone);
  const words = WORDING[kind];
  const mail = renderMail({
    kind: `session_${kind}`,
    category: "email_scheduled_sessions",
    subject: words.subject(friendName, when),
    recipientName: recipient.name,
    paragraphs: [words.paragraph(friendName, when, durationMinutes)],
    action: { label: "Open the session", path: `/sessions/${sessionId}` },
  });
  return calendar ? { ...mail, calendar } : mail;
}
