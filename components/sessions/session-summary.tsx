"use client";

// A finished session: who ended or cancelled it and why, when, how long the meeting ran,
// who joined; then the two ways on: Start again, Back to chat.
import { useRouter } from "next/navigation";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { startSessionWith } from "@/lib/swr/start-session-with";
import { isCancelled } from "@/lib/sessions/rules";
import { formatExact } from "@/lib/format/time";
import { ActionButton } from "@/components/ui/action-button";
import { ButtonLink } from "@/components/ui/button-link";
import { Time } from "@/components/ui/time";
import { durationSentence, joinedSentence, outcomeSentence } from "@/components/sessions/session-outcome";

function StartAgainButton({ friendId }: { friendId: number }) {
  const router = useRouter();
  // The same as Start session next to a friend: the pair's open session if the other
  // person already started a new one; a provider failure is shown here, pressing retries.
  async function startAgain() {
    router.push(`/sessions/${await startSessionWith(friendId)}`);
  }
  return (
    <ActionButton variant="primary" onAction={startAgain} pendingLabel="Starting…" keepPendingOnSuccess>
      Start again
    </ActionButton>
  );
}

export function SessionSummary({ session, viewerId }: { session: SessionResponse; viewerId: number }) {
  const summary = session.summary;
  const other = session.initiator.id === viewerId ? session.participant : session.initiator;
  if (!summary) return null;
  return (
    <section aria-labelledby="session-summary-title" className="space-y-3" data-testid="session-summary">
      <h2 id="session-summary-title" className="text-lg font-semibold">
        {isCancelled(session.status) ? "This session was cancelled" : "This session is over"}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">What happened</dt>
        <dd data-testid="summary-outcome">{outcomeSentence(summary, viewerId)}</dd>
        {summary.finished_at ? (
          <>
            <dt className="text-slate-600">When</dt>
            <dd>
              <Time relative value={summary.finished_at} /> <span className="text-slate-600">({formatExact(summary.finished_at)})</span>
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">Meeting</dt>
        <dd data-testid="summary-duration">{durationSentence(summary, session.presence_reported)}</dd>
        <dt className="text-slate-600">{session.presence_reported ? "Who joined" : "Who opened it"}</dt>
        <dd data-testid="summary-joined">{joinedSentence(summary, viewerId, session.presence_reported)}</dd>
      </dl>
      <div className="flex flex-wrap items-start gap-2">
        <StartAgainButton friendId={other.id} />
        <ButtonLink href={`/chat/${other.id}`}>Back to chat</ButtonLink>
      </div>
    </section>
  );
}
