"use client";

import Link from "next/link";
import { useState } from "react";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { useSessionHistory } from "@/lib/swr/use-session-history";
import { errorMessage } from "@/lib/swr/fetcher";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/status-badge";
import { Time } from "@/components/ui/time";
import { heldFor, outcomeSentence } from "@/components/sessions/session-outcome";
import { statusLabel } from "@/lib/format/status";
import { SESSION_STATUSES } from "@/lib/sessions/rules";

const FILTERS: [string, string][] = [["", "All"], ...SESSION_STATUSES.map((status): [string, string] => [status, statusLabel(status)])];

function SessionRow({ session, viewerId }: { session: SessionResponse; viewerId: number }) {
  const other = session.initiator.id === viewerId ? session.participant : session.initiator;
  return (
    <li>
      <Link href={`/sessions/${session.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50">
        <span className="min-w-0 flex-1 truncate font-medium" title={other.name}>
          With {other.name}
        </span>
        <StatusBadge status={session.status} />
        <span className="w-full text-sm text-slate-600 sm:w-auto">
          <Time relative value={session.created_at} />
          {session.summary ? <span data-testid="session-outcome"> · {heldFor(session.summary)}</span> : null}
        </span>
        {session.summary ? <span className="w-full text-sm text-slate-600">{outcomeSentence(session.summary, viewerId)}</span> : null}
      </Link>
    </li>
  );
}

export function SessionHistory({ viewerId, initialStatus = "" }: { viewerId: number; initialStatus?: string }) {
  const [status, setStatus] = useState(initialStatus);
  const { data, error, size, setSize, isLoading, isValidating } = useSessionHistory(status);
  const sessions = data?.flatMap((page) => page.sessions) ?? [];
  const hasMore = Boolean(data?.[data.length - 1]?.next);
  const loadingMore = isValidating && data !== undefined && data.length < size;
  const problem = error ? errorMessage(error) : null;

  function choose(value: string) {
    setStatus(value);
    // The filter lives in the address, so a reload or a shared link keeps it.
    const url = new URL(window.location.href);
    if (value) url.searchParams.set("status", value);
    else url.searchParams.delete("status");
    window.history.replaceState(null, "", `${url.pathname}${url.search}`);
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Filter by status">
        {FILTERS.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={status === value}
            onClick={() => choose(value)}
            className={`rounded-full border px-3 py-1 text-sm ${status === value ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"}`}
          >
            {label}
          </button>
        ))}
      </div>
      {problem ? <Alert>Could not load your sessions: {problem}</Alert> : null}
      {isLoading ? (
        <p className="text-sm text-slate-500" role="status">
          Loading sessions…
        </p>
      ) : sessions.length === 0 && !error ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          <p className="font-medium">{status ? `No sessions here: nothing is “${FILTERS.find(([value]) => value === status)?.[1]}”.` : "No sessions yet."}</p>
          <p className="mt-1 text-sm">
            Start one from your{" "}
            <Link href="/friends" className="text-brand-700 underline">
              friends list
            </Link>
            .
          </p>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white" aria-label="Sessions">
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} viewerId={viewerId} />
          ))}
        </ul>
      )}
      {hasMore ? (
        <Button variant="secondary" onClick={() => setSize(size + 1)} disabled={loadingMore}>
          {loadingMore ? "Loading…" : "Load more"}
        </Button>
      ) : null}
    </div>
  );
}
