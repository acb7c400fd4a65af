// DELETE /api/v1/friends/:user_id – unfriend; cancels any open session between the two
import { withUser, routes } from "@/lib/api/route";
import { parseId } from "@/lib/api/body";
import { noContent } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { removeFriend } from "@/lib/friends/remove-friend";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  DELETE: withUser<{ user_id: string }>(async ({ params, user }) => {
    const friendId = parseId(params.user_id, "friend");
    await removeFriend({ db: await getDb(), user, friendId });
    return noContent();
  }),
});
