"use client";

// A session announcement in chat, showing the session as it is now: a live button while
// it is open, and how it went ("ended · 12 min") once it is over.
import Link from "next/link";
import useSWR from "swr";
import type { MessageResponse } from "@/lib/chat/schemas";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";
import { StatusBadge } from "@/components/ui/status-badge";
import { Time } from "@/components/ui/time";
import { OpenSessionButton } from "@/components/sessions/open-session-button";
import { outcomeShort } from "@/components/sessions/session-outcome";
import { isOver as statusIsOver } from "@/lib/sessions/rules";

const isOver = (session?: SessionResponse) => (session ? statusIsOver(session.status) : false);

export function SessionCard({ message, sessionId }: { message: MessageResponse; sessionId: number }) {
  const { data: session, mutate } = useSWR<SessionResponse, ApiError>(api.sessions.key(sessionId), fetcher, {
    // An open session can change at any moment; a finished one never does.
    refreshInterval: (latest) => (isOver(latest) ? 0 : 5_000),
  });
  return (
    <li className="flex justify-center py-1" data-message-id={message.id}>
      <div className="w-full max-w-sm rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm shadow-sm" data-testid="session-card">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="min-w-0 font-medium text-slate-900 [overflow-wrap:anywhere]">{message.text}</p>
          {session ? <StatusBadge status={session.status} label={isOver(session) ? outcomeShort(session) ?? undefined : undefined} /> : null}
        </div>
        <Time compact value={message.created_at} className="text-xs text-slate-600" />
        <div className="mt-2">
          {!session ? (
            <span className="text-slate-600">Checking the session…</span>
          ) : isOver(session) ? (
            <Link href={`/sessions/${sessionId}`} className="text-brand-700 underline">
              See what happened
            </Link>
          ) : (
            <OpenSessionButton session={session} onJoined={() => mutate()} />
          )}
        </div>
      </div>
    </li>
  );
}
