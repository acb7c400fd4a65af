// POST /api/v1/friends/requests/:id/accept – the recipient accepts; the two become friends
import { routes } from "@/lib/api/route";
import { respondToRequestRoute } from "@/lib/api/friend-request-route";
import { acceptFriendRequest } from "@/lib/friends/accept-friend-request";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: respondToRequestRoute(
    { operationId: "acceptFriendRequest", summary: "Accept a request (the recipient only)", ok: 'The request, `status: "accepted"`: you are friends.', answered: "declined" },
    acceptFriendRequest,
  ),
});
