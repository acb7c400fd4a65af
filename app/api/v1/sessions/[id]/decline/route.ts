// POST /api/v1/sessions/:id/decline – the invitee declines the proposed time
import { sessionActionRoute } from "@/lib/api/session-action-route";
import { answerInvitation } from "@/lib/scheduling/answer-invitation";

export const { GET, POST, PUT, PATCH, DELETE } = sessionActionRoute(
  {
    action: "decline",
    operationId: "declineSession",
    summary: "Decline the proposed time",
    description: "Scheduled and proposed → cancelled (audit `invitation_declined`, `sequence` + 1). Only the person invited may; the proposer gets a calendar cancellation by email.",
    example: "cancelledByBob",
    errors: ["not_invitee"],
  },
  (options) => answerInvitation({ ...options, answer: "decline" }),
);
