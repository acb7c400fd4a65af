"use client";

import { useId, useState } from "react";
import type { FriendRequestsResponse } from "@/lib/friends/schemas";
import { useFriendRequests } from "@/lib/swr/use-friends";
import { MIN_QUERY_LENGTH, useUserSearch, type UserSearchResult } from "@/lib/swr/use-user-search";
import { Alert } from "@/components/ui/alert";
import { ActionButton } from "@/components/ui/action-button";
import { ButtonLink } from "@/components/ui/button-link";
import { Badge } from "@/components/ui/badge";
import { PersonLine } from "@/components/friends/person-line";
import { EmptyState } from "@/components/friends/list-status";
import { acceptFriendRequest, sendFriendRequest, withdrawFriendRequest } from "@/components/friends/friend-actions";

/** The action that fits how the caller relates to a person found by search. */
function ResultAction({ person, requests }: { person: UserSearchResult; requests?: FriendRequestsResponse }) {
  switch (person.friendship) {
    case "none":
      return (
        <ActionButton variant="primary" onAction={() => sendFriendRequest(person.id)} pendingLabel="Sending…">
          Add friend
        </ActionButton>
      );
    case "outgoing": {
      const request = requests?.outgoing.find((candidate) => candidate.to_user.id === person.id);
      return (
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="amber">Request sent</Badge>
          {request ? (
            <ActionButton onAction={() => withdrawFriendRequest(request.id)} pendingLabel="Withdrawing…">
              Withdraw
            </ActionButton>
          ) : null}
        </div>
      );
    }
    case "incoming": {
      const request = requests?.incoming.find((candidate) => candidate.from_user.id === person.id);
      // Sending a request to someone who asked first accepts theirs (the API's crossed request).
      return (
        <ActionButton variant="primary" onAction={() => (request ? acceptFriendRequest(request.id) : sendFriendRequest(person.id))} pendingLabel="Accepting…">
          Accept
        </ActionButton>
      );
    }
    case "friends":
      return (
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="green">Friends</Badge>
          <ButtonLink href={`/chat/${person.id}`}>Chat</ButtonLink>
        </div>
      );
  }
}

/** Search never returns the caller (README, API); say so instead of "No one matches". */
function isViewer(query: string, viewer: { name: string; email: string }): boolean {
  const q = query.toLowerCase();
  return viewer.name.toLowerCase().includes(q) || viewer.email.toLowerCase() === q;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Joined November 2026 · 2 mutual friends": tells two people with the same name apart without an email. */
function TellApart({ joinedAt, mutual }: { joinedAt: string; mutual: number }) {
  const [year, month] = joinedAt.split("-");
  const joined = `Joined ${MONTHS[Number(month) - 1] ?? ""} ${year}`;
  const friends = mutual === 0 ? "no mutual friends" : mutual === 1 ? "1 mutual friend" : `${mutual} mutual friends`;
  return (
    <p className="truncate text-xs text-slate-500" data-testid="tell-apart">
      {joined} · {friends}
    </p>
  );
}

export function PeopleSearch({ requestsFallback, viewer }: { requestsFallback?: FriendRequestsResponse; viewer: { name: string; email: string } }) {
  const inputId = useId();
  const [query, setQuery] = useState("");
  const search = useUserSearch(query);
  const { data: requests } = useFriendRequests(requestsFallback);
  const trimmed = query.trim();
  const results = search.active ? search.data : undefined;
  const searching = trimmed.length >= MIN_QUERY_LENGTH && (search.settling || search.isLoading || (search.isValidating && !results));

  return (
    <section aria-labelledby={`${inputId}-heading`} className="space-y-3">
      <h2 id={`${inputId}-heading`} className="text-lg font-semibold">
        Find people
      </h2>
      <div className="space-y-1">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
          Search people
        </label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Name or email"
          autoComplete="off"
          maxLength={100}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
        <p className="text-xs text-slate-500" aria-live="polite">
          {trimmed.length === 0
            ? "Type at least two letters of a name or email."
            : trimmed.length < MIN_QUERY_LENGTH
              ? "Keep typing: at least two letters."
              : searching
                ? "Searching…"
                : results
                  ? `${results.length === 20 ? "The first 20 matches" : `${results.length} ${results.length === 1 ? "match" : "matches"}`} for “${search.query}”.`
                  : ""}
        </p>
      </div>
      {search.error && search.active && !search.error.signedOut ? <Alert>Search failed: {search.error.message}</Alert> : null}
      {results && !searching && isViewer(search.query, viewer) ? (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="self-match">
          That’s you{results.length === 0 ? "" : ", so you are not in the list below"}. Search for a friend’s name or email.
        </p>
      ) : null}
      {results && results.length === 0 && !searching && !isViewer(search.query, viewer) ? <EmptyState>No one matches “{search.query}”.</EmptyState> : null}
      {results && results.length > 0 ? (
        <ul aria-label="Search results" className={`divide-y divide-slate-100 ${searching ? "opacity-60" : ""}`}>
          {results.map((person) => (
            <li key={person.id} className="flex flex-wrap items-center gap-3 py-3">
              <PersonLine person={person} status={<TellApart joinedAt={person.joined_at} mutual={person.mutual_friends} />} />
              <ResultAction person={person} requests={requests} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
