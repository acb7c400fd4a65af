// POST /api/v1/friends/requests/:id/decline – the recipient declines
import { withUser, routes } from "@/lib/api/route";
import { parseId, parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { noBody } from "@/lib/friends/schemas";
import { declineFriendRequest } from "@/lib/friends/decline-friend-request";
import { friendRequestDto } from "@/lib/friends/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser<{ id: string }>(async ({ req, params, user }) => {
    const requestId = parseId(params.id, "friend request");
    await parseJsonBody(req, noBody);
    const request = await declineFriendRequest({ db: await getDb(), requestId, userId: user.id });
    return json(friendRequestDto(request, user));
  }),
});
