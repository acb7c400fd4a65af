// DELETE /api/v1/friends/requests/:id – the sender withdraws a pending request
import { withUser, routes } from "@/lib/api/route";
import { parseId } from "@/lib/api/body";
import { noContent } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { withdrawFriendRequest } from "@/lib/friends/withdraw-friend-request";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  DELETE: withUser<{ id: string }>(async ({ params, user }) => {
    const requestId = parseId(params.id, "friend request");
    await withdrawFriendRequest({ db: await getDb(), requestId, userId: user.id });
    return noContent();
  }),
});
