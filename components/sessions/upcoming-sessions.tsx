"use client";

// Home page: the planned sessions, soonest first, each with its time in the viewer's zone,
// the other person, whether the time is agreed, and the way into its waiting room.
import Link from "next/link";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { useUpcomingSessions } from "@/lib/swr/use-upcoming-sessions";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { ZonedTime } from "@/components/ui/time";

function answerText(session: SessionResponse, viewerId: number, otherName: string): string {
  if (session.invitation === "accepted") return "Both of you agreed on this time.";
  return session.invitation_by === viewerId ? `Waiting for ${otherName} to answer.` : `${otherName} proposed this time: accept, decline or propose another.`;
}

function UpcomingSession({ session, viewerId }: { session: SessionResponse; viewerId: number }) {
  const other = session.initiator.id === viewerId ? session.participant : session.initiator;
  const accepted = session.invitation === "accepted";
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-2 py-3" data-session-id={session.id}>
      <div className="min-w-0 flex-1 basis-48">
        <Link href={`/sessions/${session.id}`} className="block truncate font-medium hover:underline" title={`With ${other.name}`}>
          With {other.name}
        </Link>
        <p className="text-sm text-slate-800">{session.scheduled_for ? <ZonedTime value={session.scheduled_for} /> : null}</p>
        <p className="text-sm text-slate-600">{answerText(session, viewerId, other.name)}</p>
      </div>
      <Badge tone={accepted ? "green" : "amber"}>
        <span data-testid="invitation-state">{accepted ? "Accepted" : "Proposed"}</span>
      </Badge>
      <ButtonLink href={`/sessions/${session.id}`}>Open waiting room</ButtonLink>
    </li>
  );
}

export function UpcomingSessions({ sessions: initial, viewerId }: { sessions: SessionResponse[]; viewerId: number }) {
  const { data = initial } = useUpcomingSessions(initial);
  // Missed ones leave the list as soon as a read says so.
  const sessions = data.filter((session) => session.status === "scheduled");
  return (
    <Card id="upcoming-sessions" className="scroll-mt-4">
      <h2 className="mb-2 text-lg font-semibold">Upcoming sessions</h2>
      {sessions.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing planned. Press Schedule next to a friend to plan a session.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Upcoming sessions">
          {sessions.map((session) => (
            <UpcomingSession key={session.id} session={session} viewerId={viewerId} />
          ))}
        </ul>
      )}
    </Card>
  );
}
