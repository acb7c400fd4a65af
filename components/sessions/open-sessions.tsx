"use client";

// Home page: the sessions waiting for you, each with the one button that moves it on.
import Link from "next/link";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { useOpenSessions } from "@/lib/swr/use-open-sessions";
import { StatusBadge } from "@/components/ui/status-badge";
import { Card } from "@/components/ui/card";
import { joinReasonText } from "@/components/sessions/join-reason";
import { OpenSessionButton } from "@/components/sessions/open-session-button";
import { presenceText } from "@/components/sessions/presence-text";
import { useClock } from "@/components/sessions/use-clock";
import { isActive } from "@/lib/sessions/rules";

function OpenSession({ session, viewerId, refresh }: { session: SessionResponse; viewerId: number; refresh: () => unknown }) {
  const other = session.initiator.id === viewerId ? session.participant : session.initiator;
  const hint = session.can_join ? "You can join now." : joinReasonText(session.join_blocked_reason, other.name, session.started_by === other.id);
  const clock = useClock();
  const presence = isActive(session.status) ? presenceText(session, viewerId, clock) : null;
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-2 py-3" data-session-id={session.id}>
      <div className="min-w-0 flex-1 basis-48">
        <Link href={`/sessions/${session.id}`} className="block truncate font-medium hover:underline" title={`With ${other.name}`}>
          With {other.name}
        </Link>
        <p className="text-sm text-slate-600">{[presence, hint].filter(Boolean).join(" ")}</p>
      </div>
      <StatusBadge status={session.status} />
      <OpenSessionButton session={session} onJoined={refresh} />
    </li>
  );
}

export function OpenSessions({ sessions: initial, viewerId }: { sessions: SessionResponse[]; viewerId: number }) {
  const { data: sessions = initial, mutate } = useOpenSessions(initial);
  return (
    <Card id="open-sessions" className="scroll-mt-4">
      <div className="mb-2 flex items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">Open sessions</h2>
        <Link href="/sessions" className="text-sm text-brand-700 underline">
          History
        </Link>
      </div>
      {sessions.length === 0 ? (
        <p className="text-sm text-slate-600">No open sessions. Press Start session next to a friend to begin one.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Open sessions">
          {sessions.map((session) => (
            <OpenSession key={session.id} session={session} viewerId={viewerId} refresh={() => mutate()} />
          ))}
        </ul>
      )}
    </Card>
  );
}
