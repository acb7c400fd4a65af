// GET /api/v1/friends – the caller's friends, alphabetically
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { listFriends } from "@/lib/friends/list-friends";
import { friendDto } from "@/lib/friends/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(async ({ user }) => {
    const friends = await listFriends({ db: await getDb(), userId: user.id });
    return json(friends.map(friendDto));
  }),
});
