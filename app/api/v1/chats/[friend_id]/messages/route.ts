// GET  /api/v1/chats/:friend_id/messages?after=|before= – the conversation, oldest first, at most 100
// POST /api/v1/chats/:friend_id/messages – send a text message to a friend
import { withUser, routes } from "@/lib/api/route";
import { parseId, parseJsonBody, parseQuery } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { listMessagesQuery, postMessageBody } from "@/lib/chat/schemas";
import { listMessages } from "@/lib/chat/list-messages";
import { postMessage } from "@/lib/chat/post-message";
import { messageDto } from "@/lib/chat/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser<{ friend_id: string }>(async ({ req, params, user }) => {
    const friendId = parseId(params.friend_id, "chat");
    const { after, before } = parseQuery(req, listMessagesQuery);
    const messages = await listMessages({ db: await getDb(), userId: user.id, friendId, after, before });
    return json(messages.map(messageDto));
  }),
  POST: withUser<{ friend_id: string }>(async ({ req, params, user }) => {
    const friendId = parseId(params.friend_id, "chat");
    const { text } = await parseJsonBody(req, postMessageBody);
    const message = await postMessage({ db: await getDb(), userId: user.id, friendId, text });
    return json(messageDto(message), 201);
  }),
});
