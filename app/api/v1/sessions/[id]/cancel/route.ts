// POST /api/v1/sessions/:id/cancel – cancel a pending or active session
import { sessionActionRoute } from "@/lib/api/session-action-route";
import { cancelSession } from "@/lib/sessions/cancel-session";

export const { GET, POST, PUT, PATCH, DELETE } = sessionActionRoute(
  {
    action: "cancel",
    operationId: "cancelSession",
    summary: "Cancel the session",
    description:
      "Pending, active or scheduled → cancelled. The meeting is closed and outstanding join links are revoked; a scheduled session's `sequence` rises and the other person gets a calendar cancellation by email.",
    example: "cancelledByBob",
  },
  cancelSession,
);
