// GET  /api/v1/friends/requests – pending requests to and from the caller
// POST /api/v1/friends/requests – ask someone to be friends (accepts their request if they asked first)
import { withUser, routes } from "@/lib/api/route";
import { parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { sendFriendRequestBody } from "@/lib/friends/schemas";
import { sendFriendRequest } from "@/lib/friends/send-friend-request";
import { listFriendRequests } from "@/lib/friends/list-friend-requests";
import { friendRequestDto } from "@/lib/friends/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(async ({ user }) => {
    const { incoming, outgoing } = await listFriendRequests({ db: await getDb(), userId: user.id });
    return json({ incoming: incoming.map((row) => friendRequestDto(row, user)), outgoing: outgoing.map((row) => friendRequestDto(row, user)) });
  }),
  POST: withUser(async ({ req, user }) => {
    const { user_id } = await parseJsonBody(req, sendFriendRequestBody);
    const { request, crossed } = await sendFriendRequest({ db: await getDb(), fromUserId: user.id, toUserId: user_id });
    return json(friendRequestDto(request, user), crossed ? 200 : 201);
  }),
});
