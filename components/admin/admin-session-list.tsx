"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { Time } from "@/components/ui/time";
import { useAdminSessions, type AdminSessionsPage } from "@/lib/swr/use-admin-sessions";
import type { AdminSessionResponse, AdminPersonResponse as Person } from "@/lib/admin/schemas";

function PersonLine({ role, person }: { role: string; person: Person }) {
  return (
    <div className="min-w-0">
      <span className="sr-only">{role}: </span>
      <span className="font-medium text-slate-900">{person.name}</span>
      <div className="truncate text-xs text-slate-500" title={person.email}>
        {person.email}
      </div>
    </div>
  );
}

function SessionRow({ session }: { session: AdminSessionResponse }) {
  return (
    <tr className="align-top hover:bg-slate-50">
      <td className="px-3 py-3">
        <Link href={`/admin/sessions/${session.id}`} className="font-medium text-brand-700 underline" aria-label={`Session #${session.id}`}>
          #{session.id}
        </Link>
      </td>
      <td className="px-3 py-3">
        <StatusBadge status={session.status} />
      </td>
      <td className="max-w-72 space-y-1.5 px-3 py-3">
        <PersonLine role="Initiator" person={session.initiator} />
        <PersonLine role="Participant" person={session.participant} />
      </td>
      <td className="px-3 py-3 text-xs text-slate-600">
        {session.zoom_meeting_id ? (
          <>
            <div className="font-medium text-slate-700">{session.video_provider}</div>
            <div className="max-w-40 truncate font-mono" title={session.zoom_meeting_id}>
              {session.zoom_meeting_id}
            </div>
          </>
        ) : (
          <span className="text-slate-600">no meeting yet</span>
        )}
      </td>
      <td className="px-3 py-3 text-xs text-slate-700">
        <Time utc value={session.created_at} stacked />
      </td>
    </tr>
  );
}

export function AdminSessionList({ firstUrl, firstPage, filtered }: { firstUrl: string; firstPage: AdminSessionsPage; filtered: boolean }) {
  const { sessions, hasMore, loadingMore, loadMore, error, mutate } = useAdminSessions(firstUrl, firstPage);

  if (sessions.length === 0) {
    return (
      <div className="rounded-md border border-dashed border-slate-300 px-4 py-10 text-center">
        <p className="font-medium text-slate-800">{filtered ? "No sessions match these filters." : "No sessions yet."}</p>
        <p className="mt-1 text-sm text-slate-600">
          {filtered ? (
            <Link href="/admin" className="text-brand-700 underline">
              Clear the filters
            </Link>
          ) : (
            "Sessions appear here as soon as two friends create one."
          )}
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {/* Wide tables scroll sideways inside their box on a phone instead of widening the page. */}
      <div className="-mx-4 overflow-x-auto sm:mx-0 sm:rounded-md sm:border sm:border-slate-200">
        <table className="min-w-[36rem] w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">Sessions, newest first</caption>
          <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2">Session</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2">Initiator / participant</th>
              <th scope="col" className="px-3 py-2">Meeting</th>
              <th scope="col" className="px-3 py-2">Created</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 bg-white">
            {sessions.map((session) => (
              <SessionRow key={session.id} session={session} />
            ))}
          </tbody>
        </table>
      </div>
      {error ? (
        <Alert>
          Could not load more sessions: {error.message}{" "}
          <button type="button" onClick={() => mutate()} className="font-medium underline">
            Try again
          </button>
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
        <p aria-live="polite">
          Showing {sessions.length} session{sessions.length === 1 ? "" : "s"}
          {hasMore ? "" : ", all there are"}.
        </p>
        {hasMore ? (
          <Button variant="secondary" onClick={() => loadMore()} disabled={loadingMore} aria-busy={loadingMore}>
            {loadingMore ? "Loading…" : "Load more"}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
