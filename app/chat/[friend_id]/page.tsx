import Link from "next/link";
import { notFound } from "next/navigation";
import { recordId } from "@/lib/record-id";
import type { Metadata } from "next";
import { requireUser } from "@/lib/require-user";
import { currentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findChatPartner } from "@/lib/chat/find-chat-partner";
import { listMessages } from "@/lib/chat/list-messages";
import { messageDto } from "@/lib/chat/dto";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button-link";
import { ChatRoom } from "@/components/chat/chat-room";
import { FriendSessionButton } from "@/components/sessions/friend-session-button";
import { ScheduleButton } from "@/components/sessions/schedule-button";
import { FriendPresence } from "@/components/friends/presence-status";

export async function generateMetadata({ params }: { params: Promise<{ friend_id: string }> }): Promise<Metadata> {
  const user = await currentUser();
  const friendId = recordId((await params).friend_id);
  if (!user || friendId === null) return { title: "Chat" };
  const partner = await findChatPartner(await getDb(), { userId: user.id, friendId }).catch(() => null);
  // Not a friend: reveal nothing about them, not even in the tab title (README, Browser security and privacy).
  return { title: partner ? `Chat with ${partner.name}` : "Chat" };
}

export default async function ChatPage({ params }: { params: Promise<{ friend_id: string }> }) {
  const { friend_id } = await params;
  const user = await requireUser(`/chat/${friend_id}`);
  const friendId = recordId(friend_id);
  if (friendId === null) notFound();
  const db = await getDb();
  const partner = await findChatPartner(db, { userId: user.id, friendId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_friends") return null;
    throw error;
  });

  // Unknown and non-friend ids look the same, and name no one (README, Browser security and privacy).
  if (!partner) {
    return (
      <Card className="mx-auto max-w-md text-center">
        <h1 className="text-xl font-semibold">Not one of your friends</h1>
        <p className="mt-2 text-slate-600">
          Chats are between you and a friend. Send a friend request from the Friends page; once it is accepted, you can talk here.
        </p>
        <ButtonLink href="/friends" variant="primary" className="mt-4">
          Go to Friends
        </ButtonLink>
      </Card>
    );
  }

  const messages = await listMessages({ db, userId: user.id, friendId });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <Link href="/friends" className="text-sm text-brand-700 underline">
            ← Friends
          </Link>
          <h1 className="truncate text-2xl font-semibold">{partner.name}</h1>
          <p className="truncate text-sm text-slate-500">{partner.email}</p>
          <FriendPresence userId={partner.id} />
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {/* The same button as the friend list for the same state: Start session, Join meeting or Open waiting room. */}
          <FriendSessionButton friend={{ id: partner.id, name: partner.name }} />
          <ScheduleButton friend={{ id: partner.id, name: partner.name }} />
        </div>
      </div>
      <ChatRoom friend={{ id: partner.id, name: partner.name }} viewerId={user.id} initialMessages={messages.map(messageDto)} />
    </div>
  );
}
