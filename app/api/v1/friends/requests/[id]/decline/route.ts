// POST /api/v1/friends/requests/:id/decline – the recipient declines
import { routes } from "@/lib/api/route";
import { respondToRequestRoute } from "@/lib/api/friend-request-route";
import { declineFriendRequest } from "@/lib/friends/decline-friend-request";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: respondToRequestRoute(
    {
      operationId: "declineFriendRequest",
      summary: "Decline a request (the recipient only)",
      ok: 'The request, `status: "declined"`. The sender cannot ask you again for a while (see POST /friends/requests).',
      answered: "accepted",
    },
    declineFriendRequest,
  ),
});
