// Scheduled sessions as iCalendar (RFC 5545/5546), built with ical-generator 10.x (the
// line that supports Node 20; README, Scheduling and calendars). One VEVENT per session:
// its UID never changes, SEQUENCE is the session's `sequence`, times are UTC (`...Z`, so
// no VTIMEZONE), and the only link is the app's own session page, never a meeting.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";

export type CalendarMethod = "PUBLISH" | "REQUEST" | "CANCEL";

export type CalendarSession = {
  id: number;
  status: string;
  scheduledFor: Date | null;
  scheduledEnd: Date | null;
  note: string | null;
  invitation: "proposed" | "accepted" | null;
  sequence: number;
  /** `email` null: not shown to this viewer (no longer friends, README, Privacy), so no ATTENDEE line. */
  initiator: { name: string; email: string | null };
  participant: { name: string; email: string | null };
};

const METHODS: Record<CalendarMethod, ICalCalendarMethod> = { PUBLISH: ICalCalendarMethod.PUBLISH, REQUEST: ICalCalendarMethod.REQUEST, CANCEL: ICalCalendarMethod.CANCEL };

/** `pairline-session-{id}@{APP_URL host}`: the same for every file and email about the session. */
export function sessionUid(sessionId: number): string {
  return `pairline-session-${sessionId}@${new URL(env().APP_URL).hostname}`;
}

/** MAIL_FROM (`Name <address>` or a bare address) as the ORGANIZER. */
function organizer(): { name: string; email: string } {
  const from = env().MAIL_FROM;
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1] || "Pairline", email: match[2]! } : { name: "Pairline", email: from.trim() };
}

/** TENTATIVE while proposed, CONFIRMED once accepted (and once started), CANCELLED when cancelled, declined or missed. */
function statusOf(session: CalendarSession, cancelled: boolean): ICalEventStatus {
  if (cancelled || session.status === "cancelled" || session.status === "missed") return ICalEventStatus.CANCELLED;
  return session.status === "scheduled" && session.invitation !== "accepted" ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

/**
 * A calendar with one VEVENT per session. `method` is PUBLISH for a download or a feed,
 * REQUEST for an emailed invitation or change, CANCEL for a cancellation (which marks
 * the event CANCELLED whatever the session's state).
 */
export function sessionCalendar(sessions: CalendarSession[], method: CalendarMethod, name?: string): string {
  const appUrl = env().APP_URL;
  const calendar = ical({ prodId: { company: "Pairline", product: "Pairline", language: "EN" }, method: METHODS[method], ...(name ? { name } : {}) });
  const stamp = now();
  for (const session of sessions) {
    if (!session.scheduledFor || !session.scheduledEnd) continue;
    const page = `${appUrl}/sessions/${session.id}`;
    const accepted = session.invitation === "accepted";
    calendar.createEvent({
      id: sessionUid(session.id),
      sequence: session.sequence,
      stamp,
      start: session.scheduledFor,
      end: session.scheduledEnd,
      summary: `Pairline session: ${session.initiator.name} & ${session.participant.name}`,
      description: [session.note, `Open the session: ${page}`].filter(Boolean).join("\n\n"),
      url: page,
      status: statusOf(session, method === "CANCEL"),
      organizer: organizer(),
      attendees: [session.initiator, session.participant].flatMap((person) => person.email === null ? [] : [{
        name: person.name,
        email: person.email,
        role: ICalAttendeeRole.REQ,
        status: accepted ? ICalAttendeeStatus.ACCEPTED : ICalAttendeeStatus.NEEDSACTION,
      }]),
    });
  }
  return calendar.toString();
}
