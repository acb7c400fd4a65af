"use client";

import Link from "next/link";
import type { ChatResponse } from "@/lib/chat/schemas";
import { useChats } from "@/lib/swr/use-friends";
import { ButtonLink } from "@/components/ui/button-link";
import { PersonLine } from "@/components/friends/person-line";
import { EmptyState, ListError } from "@/components/friends/list-status";
import { FriendSessionButton } from "@/components/sessions/friend-session-button";
import { FriendPresence } from "@/components/friends/presence-status";

function preview(chat: ChatResponse, viewerId: number): string {
  const last = chat.last_message;
  if (!last) return "No messages yet";
  if (last.kind === "session_link") return last.text;
  return `${last.sender?.id === viewerId ? "You: " : ""}${last.text}`;
}

/** Friends at a glance, the most recent conversation first. */
export function HomeFriends({ fallback, viewerId }: { fallback?: ChatResponse[]; viewerId: number }) {
  const { data, error, mutate } = useChats(fallback);
  const chats = data ?? [];
  return (
    <section id="chats" aria-labelledby="home-friends-heading" className="scroll-mt-4 space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="home-friends-heading" className="text-lg font-semibold">
          Your friends
        </h2>
        <Link href="/friends" className="text-sm text-brand-700 underline">
          Find people
        </Link>
      </div>
      {error ? <ListError error={error} what="your friends" retry={() => mutate()} /> : null}
      {chats.length === 0 && !error ? (
        <EmptyState>
          No friends yet.{" "}
          <Link href="/friends" className="font-medium text-brand-700 underline">
            Search for people
          </Link>{" "}
          and send a friend request; once they accept you can chat and start video sessions.
        </EmptyState>
      ) : null}
      {chats.length ? (
        <ul aria-label="Friends" className="divide-y divide-slate-100">
          {chats.map((chat) => (
            <li key={chat.friend.id} className="flex flex-wrap items-center gap-3 py-3">
              <PersonLine
                person={chat.friend}
                detail={
                  <p className={`truncate text-sm ${chat.unread_count ? "font-medium text-slate-900" : "text-slate-500"}`}>
                    {chat.unread_count ? (
                      <span className="mr-1.5 rounded-full bg-brand-600 px-1.5 text-xs text-white" data-testid="unread-count">
                        {chat.unread_count}
                        <span className="sr-only"> unread</span>
                      </span>
                    ) : null}
                    {preview(chat, viewerId)}
                  </p>
                }
                status={<FriendPresence userId={chat.friend.id} />}
              />
              <div className="flex flex-wrap items-start gap-2">
                <ButtonLink href={`/chat/${chat.friend.id}`}>Chat</ButtonLink>
                <FriendSessionButton friend={chat.friend} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
