// DELETE /api/v1/friends/requests/:id – the sender withdraws a pending request
import { withUser, routes } from "@/lib/api/route";
import { noContent } from "@/lib/api/respond";
import { friendRequestIdParam } from "@/lib/api/friend-request-route";
import { messages } from "@/lib/errors";
import { withdrawFriendRequest } from "@/lib/friends/withdraw-friend-request";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  DELETE: withUser(
    {
      operationId: "withdrawFriendRequest",
      summary: "Withdraw a request you sent",
      description: "Only while it is pending; the recipient's open event streams get `friend_request.updated`.",
      tags: ["Friends"],
      params: friendRequestIdParam,
      responses: { 204: { description: "Withdrawn." } },
      errors: ["not_sender", "request_not_found", "request_not_pending"],
      errorExamples: { request_not_pending: messages.requestNotPending("accepted") },
    },
    async ({ params, user, db }) => {
      await withdrawFriendRequest({ db, requestId: params.id, userId: user.id });
      return noContent();
    },
  ),
});
