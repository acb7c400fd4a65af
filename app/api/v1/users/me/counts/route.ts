// GET /api/v1/users/me/counts – the header's counts: incoming requests, unread chats, sessions waiting for you
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { getLiveCounts, liveCountsDto } from "@/lib/live/get-live-counts";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(async ({ user }) => json(liveCountsDto(await getLiveCounts({ db: await getDb(), userId: user.id })))),
});
