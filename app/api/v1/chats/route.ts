// GET /api/v1/chats – one entry per friend with the last message, most recent first
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { listChats } from "@/lib/chat/list-chats";
import { chatDto } from "@/lib/chat/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(async ({ user }) => {
    const chats = await listChats({ db: await getDb(), userId: user.id });
    return json(chats.map(chatDto));
  }),
});
