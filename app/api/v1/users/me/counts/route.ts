// GET /api/v1/users/me/counts – the header's counts: incoming requests, unread chats, sessions waiting for you
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { liveCountsResponse } from "@/lib/live/schemas";
import { getLiveCounts, liveCountsDto } from "@/lib/live/get-live-counts";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "getLiveCounts",
      summary: "The header's counts",
      description: "The same object the event stream sends as its `counts` event.",
      tags: ["Accounts"],
      responses: {
        200: { description: "Your counts.", schema: liveCountsResponse, examples: { some: { summary: "One request, five unread messages in two chats", value: { incoming_requests: 1, unread_chats: 2, unread_messages: 5, waiting_sessions: 0 } } } },
      },
    },
    async ({ user, db }) => json(liveCountsDto(await getLiveCounts({ db, userId: user.id }))),
  ),
});
