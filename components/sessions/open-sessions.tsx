// Home page: the sessions waiting for you, each a way back into its waiting room.
import Link from "next/link";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { joinReasonText } from "@/components/sessions/join-reason";

export function OpenSessions({ sessions, viewerId }: { sessions: SessionResponse[]; viewerId: number }) {
  return (
    <Card>
      <div className="mb-2 flex items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">Open sessions</h2>
        <Link href="/sessions" className="text-sm text-brand-600 hover:underline">History</Link>
      </div>
      {sessions.length === 0 ? (
        <p className="text-sm text-slate-500">No open sessions. Press Start session next to a friend to begin one.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Open sessions">
          {sessions.map((session) => {
            const other = session.initiator.id === viewerId ? session.participant : session.initiator;
            const hint = session.can_join ? "You can join now." : joinReasonText(session.join_blocked_reason, other.name);
            return (
              <li key={session.id}>
                <Link href={`/sessions/${session.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3 hover:bg-slate-50">
                  <span className="min-w-0 flex-1 font-medium">With {other.name}</span>
                  <Badge tone={STATUS_TONE[session.status]}>{session.status}</Badge>
                  {hint ? <span className="w-full text-sm text-slate-500">{hint}</span> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
