"use client";

import Link from "next/link";
import { useState } from "react";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { useSessionHistory } from "@/lib/swr/use-session-history";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { Time } from "@/components/ui/time";
import { SESSION_STATUSES, targetStatus } from "@/lib/sessions/rules";

const FILTERS: [string, string][] = [["", "All"], ...SESSION_STATUSES.map((status): [string, string] => [status, status[0]!.toUpperCase() + status.slice(1)])];

export function formatDuration(startedAt: string | null, endedAt: string | null): string | null {
  if (!startedAt || !endedAt) return null;
  const seconds = Math.max(0, Math.round((Date.parse(endedAt) - Date.parse(startedAt)) / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours) return `${hours} h ${minutes} min`;
  if (minutes) return `${minutes} min ${seconds % 60} s`;
  return `${seconds} s`;
}

function SessionRow({ session, viewerId }: { session: SessionResponse; viewerId: number }) {
  const other = session.initiator.id === viewerId ? session.participant : session.initiator;
  const duration = session.status === targetStatus("end") ? formatDuration(session.started_at, session.ended_at) : null;
  return (
    <li>
      <Link href={`/sessions/${session.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50">
        <span className="min-w-0 flex-1 font-medium">With {other.name}</span>
        <Badge tone={STATUS_TONE[session.status]}>{session.status}</Badge>
        <span className="w-full text-sm text-slate-500 sm:w-auto">
          <Time value={session.created_at} />
          {duration ? <span> · {duration}</span> : null}
        </span>
      </Link>
    </li>
  );
}

export function SessionHistory({ viewerId }: { viewerId: number }) {
  const [status, setStatus] = useState("");
  const { data, error, size, setSize, isLoading, isValidating } = useSessionHistory(status);
  const sessions = data?.flatMap((page) => page.sessions) ?? [];
  const hasMore = Boolean(data?.[data.length - 1]?.next);
  const loadingMore = isValidating && data !== undefined && data.length < size;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Filter by status">
        {FILTERS.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={status === value}
            onClick={() => setStatus(value)}
            className={`rounded-full border px-3 py-1 text-sm ${status === value ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"}`}
          >
            {label}
          </button>
        ))}
      </div>
      {error ? <Alert>Could not load your sessions: {error.message}</Alert> : null}
      {isLoading ? (
        <p className="text-sm text-slate-500" role="status">Loading sessions…</p>
      ) : sessions.length === 0 && !error ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          <p className="font-medium">{status ? `No ${status} sessions.` : "No sessions yet."}</p>
          <p className="mt-1 text-sm">
            Start one from your <Link href="/friends" className="text-brand-600 hover:underline">friends list</Link>.
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
