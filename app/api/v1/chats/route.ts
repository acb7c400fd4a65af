// GET /api/v1/chats – one entry per friend with the last message, most recent first
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { chatListResponse } from "@/lib/chat/schemas";
import { listChats } from "@/lib/chat/list-chats";
import { chatDto } from "@/lib/chat/dto";
import { messageExample, userExamples } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "listChats",
      summary: "One entry per friend with the last message",
      description: "Every friend once, with the last message and how many of the friend's messages you have not read.",
      tags: ["Chat"],
      responses: {
        200: {
          description: "Most recent conversation first; friends without messages last.",
          schema: chatListResponse,
          examples: { bob: { summary: "Alice's chats", value: [{ friend: userExamples.bob, last_message: messageExample, unread_count: 1 }] } },
        },
      },
    },
    async ({ user, db }) => json((await listChats({ db, userId: user.id })).map(chatDto)),
  ),
});
