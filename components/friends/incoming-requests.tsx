"use client";

import type { FriendRequestsResponse } from "@/lib/friends/schemas";
import { useFriendRequests } from "@/lib/swr/use-friends";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { PersonLine } from "@/components/friends/person-line";
import { EmptyState, ListError } from "@/components/friends/list-status";
import { acceptFriendRequest, declineFriendRequest } from "@/components/friends/friend-actions";

/** Requests waiting for the caller's answer. `compact` (home page): a card shown only while there are some. */
export function IncomingRequests({ fallback, compact = false }: { fallback?: FriendRequestsResponse; compact?: boolean }) {
  const { data, error, mutate } = useFriendRequests(fallback);
  const incoming = data?.incoming ?? [];
  if (compact && incoming.length === 0 && !error) return null;
  const section = (
    <section aria-labelledby="incoming-requests-heading" className="space-y-3">
      <h2 id="incoming-requests-heading" className="text-lg font-semibold">
        Friend requests{incoming.length ? <span className="ml-2 text-sm font-normal text-slate-500">({incoming.length})</span> : null}
      </h2>
      {error ? <ListError error={error} what="your friend requests" retry={() => mutate()} /> : null}
      {incoming.length === 0 && !error ? <EmptyState>No one is waiting for an answer from you.</EmptyState> : null}
      {incoming.length ? (
        <ul aria-label="Incoming friend requests" className="divide-y divide-slate-100">
          {incoming.map((request) => (
            <li key={request.id} className="flex flex-wrap items-center gap-3 py-3">
              <PersonLine person={request.from_user} />
              <div className="flex flex-wrap items-start gap-2">
                <ActionButton variant="primary" onAction={() => acceptFriendRequest(request.id)} pendingLabel="Accepting…">
                  Accept
                </ActionButton>
                <ActionButton onAction={() => declineFriendRequest(request.id)} pendingLabel="Declining…">
                  Decline
                </ActionButton>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
  return compact ? <Card>{section}</Card> : section;
}
