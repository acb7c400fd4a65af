"use client";

import type { FriendRequestsResponse } from "@/lib/friends/schemas";
import { useFriendRequests } from "@/lib/swr/use-friends";
import { ActionButton } from "@/components/ui/action-button";
import { PersonLine } from "@/components/friends/person-line";
import { EmptyState } from "@/components/friends/list-status";
import { withdrawFriendRequest } from "@/components/friends/friend-actions";

/** Requests the caller sent that are still unanswered. */
export function OutgoingRequests({ fallback }: { fallback?: FriendRequestsResponse }) {
  const { data, error } = useFriendRequests(fallback);
  const outgoing = data?.outgoing ?? [];
  return (
    <section aria-labelledby="outgoing-requests-heading" className="space-y-3">
      <h2 id="outgoing-requests-heading" className="text-lg font-semibold">
        Sent requests
      </h2>
      {outgoing.length === 0 && !error ? <EmptyState>You have no unanswered requests.</EmptyState> : null}
      {outgoing.length ? (
        <ul aria-label="Sent friend requests" className="divide-y divide-slate-100">
          {outgoing.map((request) => (
            <li key={request.id} className="flex flex-wrap items-center gap-3 py-3">
              <PersonLine person={request.to_user} detail={<p className="truncate text-sm text-slate-500">Waiting for an answer</p>} />
              <ActionButton onAction={() => withdrawFriendRequest(request.id)} pendingLabel="Withdrawing…">
                Withdraw
              </ActionButton>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
