// POST /api/v1/sessions/:id/end – end an active session
import { sessionActionRoute } from "@/lib/api/session-action-route";
import { endSession } from "@/lib/sessions/end-session";

export const { GET, POST, PUT, PATCH, DELETE } = sessionActionRoute(
  {
    action: "end",
    operationId: "endSession",
    summary: "End the session",
    description: "Active → completed. The meeting is closed and outstanding join links are revoked.",
    example: "ended",
  },
  endSession,
);
