// Message rows to the JSON of lib/chat/schemas.ts.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Person } from "@/lib/friends/dto";
import { publicUserSelect } from "@/lib/accounts/dto";
import type { ChatResponse, MessageResponse } from "@/lib/chat/schemas";

export const messageSelect = { id: true, kind: true, text: true, sessionId: true, createdAt: true, sender: { select: publicUserSelect } } as const;

export type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

export function messageDto(row: MessageRow): MessageResponse {
  return {
    id: row.id,
    sender: row.sender ? { id: row.sender.id, name: row.sender.name } : null,
    kind: row.kind,
    text: row.text,
    session_id: row.sessionId,
    created_at: row.createdAt.toISOString(),
  };
}


export function chatDto(entry: { friend: Person; lastMessage: MessageRow | null; unreadCount: number }): ChatResponse {
  return {
    friend: { id: entry.friend.id, name: entry.friend.name, email: entry.friend.email },
    last_message: entry.lastMessage ? messageDto(entry.lastMessage) : null,
    unread_count: entry.unreadCount,
  };
}

