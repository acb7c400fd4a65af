// GET  /api/v1/chats/:friend_id/messages?after=|before= – the conversation, oldest first, at most 100
// POST /api/v1/chats/:friend_id/messages – send a text message to a friend
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { pathId } from "@/lib/api/path-id";
import { messages as errorMessages } from "@/lib/errors";
import { listMessagesQuery, messageListResponse, messageResponse, postMessageBody } from "@/lib/chat/schemas";
import { listMessages } from "@/lib/chat/list-messages";
import { postMessage } from "@/lib/chat/post-message";
import { messageDto } from "@/lib/chat/dto";
import { messageExample, textMessageExample } from "@/lib/openapi/examples";

const params = { friend_id: pathId("chat", "The friend's user id.") };
const notFriends = { not_friends: errorMessages.chatNotFriends };

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "listMessages",
      summary: "The conversation with a friend",
      description:
        "At most 100, oldest first: those after `after` (for polling), the 100 just before `before` (Load earlier), else the latest 100. `after` and `before` together are refused (400). Anyone but a friend, an unknown id included, gets 403 `not_friends`.",
      tags: ["Chat"],
      params,
      query: listMessagesQuery,
      responses: { 200: { description: "Messages, oldest first.", schema: messageListResponse, examples: { flow: { summary: "A message, then the session card", value: [textMessageExample, messageExample] } } } },
      errors: ["not_friends"],
      errorExamples: notFriends,
    },
    async ({ params, query, user, db }) => {
      const messages = await listMessages({ db, userId: user.id, friendId: params.friend_id, after: query.after, before: query.before });
      return json(messages.map(messageDto));
    },
  ),
  POST: withUser(
    {
      operationId: "postMessage",
      summary: "Send a message to a friend",
      description: "Text only; a message of only whitespace is refused (400). The friend's open event streams get `message.created`.",
      tags: ["Chat"],
      params,
      body: postMessageBody,
      bodyExample: { text: "Ready for our session?" },
      responses: { 201: { description: "The message.", schema: messageResponse, examples: { text: { summary: "A text message", value: textMessageExample } } } },
      errors: ["not_friends"],
      errorExamples: notFriends,
      rateLimits: ["chatMessages"],
    },
    async ({ params, body, user, db }) => {
      const message = await postMessage({ db, userId: user.id, friendId: params.friend_id, text: body.text });
      return json(messageDto(message), 201);
    },
  ),
});
