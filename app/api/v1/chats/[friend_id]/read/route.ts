// POST /api/v1/chats/:friend_id/read – move the caller's read marker forward to a message
import { withUser, routes } from "@/lib/api/route";
import { parseId, parseJsonBody } from "@/lib/api/body";
import { noContent } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { markReadBody } from "@/lib/chat/schemas";
import { markRead } from "@/lib/chat/mark-read";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser<{ friend_id: string }>(async ({ req, params, user }) => {
    const friendId = parseId(params.friend_id, "chat");
    const { message_id } = await parseJsonBody(req, markReadBody);
    await markRead({ db: await getDb(), userId: user.id, friendId, messageId: message_id });
    return noContent();
  }),
});
