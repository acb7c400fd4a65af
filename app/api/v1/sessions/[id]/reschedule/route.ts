// POST /api/v1/sessions/:id/reschedule – propose another time for a scheduled session
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { sessionIdParam } from "@/lib/api/path-id";
import { rescheduleSessionBody, sessionResponse } from "@/lib/sessions/schemas";
import { rescheduleSession } from "@/lib/scheduling/reschedule-session";
import { sessionDtoFor } from "@/lib/sessions/dto";
import { sessionExamples } from "@/lib/openapi/examples";
import { invalidState } from "@/lib/sessions/rules";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(
    {
      operationId: "rescheduleSession",
      summary: "Propose another time",
      description:
        "Either person, while the session is scheduled: the new time becomes the proposal (`invitation: \"proposed\"`, `invitation_by` = you, `sequence` + 1) and the other person answers it. Same time rules and conflicts as scheduling.",
      tags: ["Sessions"],
      params: sessionIdParam,
      body: rescheduleSessionBody,
      bodyExample: { starts_at: "2026-12-25T15:00:00Z", duration_minutes: 45 },
      responses: { 200: { description: "The session with its new proposed time.", schema: sessionResponse, examples: { rescheduled: sessionExamples.rescheduled } } },
      errors: ["session_not_found", "not_participant", "invalid_state", "schedule_conflict"],
      errorExamples: { invalid_state: invalidState("reschedule", "completed").message },
    },
    async ({ params, body, user, db }) => json(sessionDtoFor(await rescheduleSession({ db, sessionId: params.id, user, body }), user.id)),
  ),
});
