// POST /api/v1/sessions/schedule – propose a session at a time to a friend
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { scheduleSessionBody, sessionResponse } from "@/lib/sessions/schemas";
import { scheduleSession } from "@/lib/scheduling/schedule-session";
import { sessionDtoFor } from "@/lib/sessions/dto";
import { sessionExamples } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(
    {
      operationId: "scheduleSession",
      summary: "Propose a session at a time",
      description:
        "Creates a `scheduled` session with `invitation: \"proposed\"`: the friend accepts, declines or proposes another time, and gets an email with a calendar invitation. `starts_at` is 5 minutes to 90 days ahead. 409 `schedule_conflict` when either person already has a proposed or accepted session overlapping that time. A scheduled session is not the pair's open session: an instant one may exist beside it.",
      tags: ["Sessions"],
      body: scheduleSessionBody,
      bodyExample: { participant_id: 2, starts_at: "2026-12-24T15:00:00Z", duration_minutes: 60, note: "Pairing on the parser" },
      responses: { 201: { description: "The scheduled session.", schema: sessionResponse, examples: { scheduled: sessionExamples.scheduled } } },
      errors: ["cannot_session_with_self", "not_friends", "user_not_found", "schedule_conflict"],
    },
    async ({ body, user, db }) => json(sessionDtoFor(await scheduleSession({ db, initiator: user, body }), user.id), 201),
  ),
});
