// Message rows to the JSON of CONTRACT §4. Type-only imports are safe from client components.
import type { Person } from "@/lib/friends/dto";

export const messageSelect = {
  id: true,
  kind: true,
  text: true,
  sessionId: true,
  createdAt: true,
  sender: { select: { id: true, name: true } },
} as const;

export type MessageRow = {
  id: number;
  kind: "text" | "session_link";
  text: string;
  sessionId: number | null;
  createdAt: Date;
  sender: { id: number; name: string } | null;
};

export function messageDto(row: MessageRow) {
  return {
    id: row.id,
    sender: row.sender ? { id: row.sender.id, name: row.sender.name } : null,
    kind: row.kind,
    text: row.text,
    session_id: row.sessionId,
    created_at: row.createdAt.toISOString(),
  };
}

export type MessageDto = ReturnType<typeof messageDto>;

export function chatDto(entry: { friend: Person; lastMessage: MessageRow | null; unreadCount: number }) {
  return {
    friend: { id: entry.friend.id, name: entry.friend.name, email: entry.friend.email },
    last_message: entry.lastMessage ? messageDto(entry.lastMessage) : null,
    unread_count: entry.unreadCount,
  };
}

export type ChatDto = ReturnType<typeof chatDto>;
