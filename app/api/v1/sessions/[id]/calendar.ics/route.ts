// GET /api/v1/sessions/:id/calendar.ics – a scheduled session as an iCalendar file
import { withUser, routes } from "@/lib/api/route";
import { calendarFile } from "@/lib/api/respond";
import { sessionIdParam } from "@/lib/api/path-id";
import { sessionCalendarFile } from "@/lib/calendar/calendar-feed";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "getSessionCalendar",
      summary: "Add to calendar (.ics)",
      description:
        "One VEVENT, `METHOD:PUBLISH`: UID `pairline-session-{id}@{host}` (never changes), SEQUENCE = `sequence`, UTC times, STATUS TENTATIVE (proposed), CONFIRMED (accepted) or CANCELLED; the only link is the app's session page. 409 `not_scheduled` for an instant session.",
      tags: ["Sessions"],
      params: sessionIdParam,
      responses: { 200: { description: "The session's calendar file (a download).", calendar: true } },
      errors: ["session_not_found", "not_participant", "not_scheduled"],
    },
    async ({ params, user, db }) => calendarFile(await sessionCalendarFile({ db, sessionId: params.id, userId: user.id }), `pairline-session-${params.id}.ics`),
  ),
});
