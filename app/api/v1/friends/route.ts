// GET /api/v1/friends – the caller's friends, alphabetically
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { friendListResponse } from "@/lib/friends/schemas";
import { listFriends } from "@/lib/friends/list-friends";
import { friendDto } from "@/lib/friends/dto";
import { userExamples } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "listFriends",
      summary: "Your friends",
      description: "Everyone you may chat and start sessions with, since when, and whether they are online (unless they hide it).",
      tags: ["Friends"],
      responses: { 200: { description: "Alphabetically.", schema: friendListResponse, examples: { bob: { summary: "Alice's friends", value: [{ user: userExamples.bob, since: "2026-11-20T09:00:00.000Z", online: false, last_seen_at: "2026-12-06T08:55:00.000Z" }] } } } },
    },
    async ({ user, db }) => json((await listFriends({ db, userId: user.id })).map(friendDto)),
  ),
});
