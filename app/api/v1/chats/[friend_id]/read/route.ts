// POST /api/v1/chats/:friend_id/read – move the caller's read marker forward to a message
import { withUser, routes } from "@/lib/api/route";
import { noContent } from "@/lib/api/respond";
import { pathId } from "@/lib/api/path-id";
import { messages } from "@/lib/errors";
import { markReadBody } from "@/lib/chat/schemas";
import { markRead } from "@/lib/chat/mark-read";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(
    {
      operationId: "markChatRead",
      summary: "Mark the conversation read up to a message",
      description: "The marker only moves forward; an older `message_id` changes nothing. `unread_count` in GET /chats counts the friend's messages after it.",
      tags: ["Chat"],
      params: { friend_id: pathId("chat", "The friend's user id.") },
      body: markReadBody,
      bodyExample: { message_id: 42 },
      responses: { 204: { description: "Read up to that message." } },
      errors: ["not_friends"],
      errorExamples: { not_friends: messages.chatNotFriends },
    },
    async ({ params, body, user, db }) => {
      await markRead({ db, userId: user.id, friendId: params.friend_id, messageId: body.message_id });
      return noContent();
    },
  ),
});
