// GET  /api/v1/friends/requests – pending requests to and from the caller
// POST /api/v1/friends/requests – ask someone to be friends (accepts their request if they asked first)
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { friendRequestResponse, friendRequestsResponse, sendFriendRequestBody } from "@/lib/friends/schemas";
import { sendFriendRequest } from "@/lib/friends/send-friend-request";
import { listFriendRequests } from "@/lib/friends/list-friend-requests";
import { friendRequestDto } from "@/lib/friends/dto";
import { friendRequestExamples } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "listFriendRequests",
      summary: "Pending friend requests to and from you",
      description: "Only pending ones: answered and withdrawn requests are not listed.",
      tags: ["Friends"],
      responses: {
        200: {
          description: "Pending requests, newest first.",
          schema: friendRequestsResponse,
          examples: { one: { summary: "Bob asked Alice", value: { incoming: [friendRequestExamples.incoming], outgoing: [] } } },
        },
      },
    },
    async ({ user, db }) => {
      const { incoming, outgoing } = await listFriendRequests({ db, userId: user.id });
      return json({ incoming: incoming.map((row) => friendRequestDto(row, user)), outgoing: outgoing.map((row) => friendRequestDto(row, user)) });
    },
  ),
  POST: withUser(
    {
      operationId: "sendFriendRequest",
      summary: "Ask someone to be friends",
      description: "If they had already asked you, their request is accepted instead (200, `status: \"accepted\"`).",
      tags: ["Friends"],
      body: sendFriendRequestBody,
      bodyExample: { user_id: 2 },
      responses: {
        201: { description: "A pending request.", schema: friendRequestResponse, examples: { sent: { summary: "Alice asks Bob", value: friendRequestExamples.outgoing } } },
        200: { description: "Their request to you, now accepted: you are friends.", schema: friendRequestResponse, examples: { crossed: { summary: "Bob had asked Alice first", value: friendRequestExamples.accepted } } },
      },
      errors: ["cannot_befriend_self", "user_not_found", "already_friends", "request_pending", "invalid_state"],
      rateLimits: ["friendRequests", "declinedRequestCooldown"],
    },
    async ({ body, user, db }) => {
      const { request, crossed } = await sendFriendRequest({ db, fromUserId: user.id, toUserId: body.user_id });
      return json(friendRequestDto(request, user), crossed ? 200 : 201);
    },
  ),
});
