"use client";

import type { FriendResponse } from "@/lib/friends/schemas";
import { useFriends } from "@/lib/swr/use-friends";
import { ButtonLink } from "@/components/ui/button-link";
import { PersonLine } from "@/components/friends/person-line";
import { EmptyState, ListError } from "@/components/friends/list-status";
import { FriendSessionButton } from "@/components/sessions/friend-session-button";
import { ScheduleButton } from "@/components/sessions/schedule-button";
import { UnfriendButton } from "@/components/friends/unfriend-button";
import { PresenceStatus } from "@/components/friends/presence-status";

export function FriendList({ fallback }: { fallback?: FriendResponse[] }) {
  const { data, error, mutate } = useFriends(fallback);
  const friends = data ?? [];
  return (
    <section aria-labelledby="friend-list-heading" className="space-y-3">
      <h2 id="friend-list-heading" className="text-lg font-semibold">
        Your friends{friends.length ? <span className="ml-2 text-sm font-normal text-slate-500">({friends.length})</span> : null}
      </h2>
      {error ? <ListError error={error} what="your friends" retry={() => mutate()} /> : null}
      {friends.length === 0 && !error ? <EmptyState>No friends yet. Search for people above and send them a request.</EmptyState> : null}
      {friends.length ? (
        <ul aria-label="Friends" className="divide-y divide-slate-100">
          {friends.map((friend) => (
            <li key={friend.user.id} className="flex flex-wrap items-center gap-3 py-3">
              <PersonLine person={friend.user} status={<PresenceStatus presence={friend} />} />
              <div className="flex flex-wrap items-start gap-2">
                <ButtonLink href={`/chat/${friend.user.id}`}>Chat</ButtonLink>
                <FriendSessionButton friend={friend.user} />
                <ScheduleButton friend={friend.user} />
                <UnfriendButton friend={friend.user} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
