// POST /api/v1/sessions/:id/accept – the invitee accepts the proposed time
import { sessionActionRoute } from "@/lib/api/session-action-route";
import { answerInvitation } from "@/lib/scheduling/answer-invitation";

export const { GET, POST, PUT, PATCH, DELETE } = sessionActionRoute(
  {
    action: "accept",
    operationId: "acceptSession",
    summary: "Accept the proposed time",
    description: "Scheduled and proposed → `invitation: \"accepted\"`. Only the person invited (not `invitation_by`) may; the proposer is told by email.",
    example: "accepted",
    errors: ["not_invitee"],
  },
  (options) => answerInvitation({ ...options, answer: "accept" }),
);
