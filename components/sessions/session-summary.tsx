"use client";

// A finished session: who ended or cancelled it and why, when, how long the meeting ran,
// who joined; then the two ways on: Start again, Back to chat.
import { useRouter } from "next/navigation";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { ApiError, apiFetch } from "@/lib/swr/fetcher";
import { formatExact } from "@/lib/format/time";
import { ActionButton } from "@/components/ui/action-button";
import { ButtonLink } from "@/components/ui/button-link";
import { Time } from "@/components/ui/time";
import { heldFor, joinedSentence, outcomeSentence } from "@/components/sessions/session-outcome";

function StartAgainButton({ friendId }: { friendId: number }) {
  const router = useRouter();
  async function startAgain() {
    let session: { id: number; status: string };
    try {
      session = await apiFetch<{ id: number; status: string }>("/api/v1/sessions/create/", { method: "POST", body: { participant_id: friendId } });
    } catch (error) {
      // One open session per pair: the other person already started a new one.
      const existing = error instanceof ApiError && error.code === "open_session_exists" ? Number(error.body.session_id) : NaN;
      if (!Number.isInteger(existing) || existing <= 0) throw error;
      router.push(`/sessions/${existing}`);
      return;
    }
    // A failed start (the other person started it first, the provider is down) leaves a
    // pending session whose waiting room says what to do.
    await apiFetch(`/api/v1/sessions/${session.id}/start/`, { method: "POST" }).catch(() => undefined);
    router.push(`/sessions/${session.id}`);
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
        {session.status === "cancelled" ? "This session was cancelled" : "This session is over"}
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
        <dd data-testid="summary-duration">{summary.held ? `Ran for ${heldFor(summary)}` : "Not held: nobody joined"}</dd>
        <dt className="text-slate-600">Who joined</dt>
        <dd data-testid="summary-joined">{joinedSentence(summary, viewerId)}</dd>
      </dl>
      <div className="flex flex-wrap items-start gap-2">
        <StartAgainButton friendId={other.id} />
        <ButtonLink href={`/chat/${other.id}`}>Back to chat</ButtonLink>
      </div>
    </section>
  );
}
