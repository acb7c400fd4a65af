"use client";

// The waiting room's data and actions: the session, the polled join eligibility and the
// audit log. Eligibility is polled; the session and its log refresh when the
// eligibility's updated_at moves (the other person acted), or right after our own action.
import { useEffect, useState } from "react";
import { errorMessage, isTemporarilyUnavailable } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";
import { joinMeeting } from "@/lib/swr/join-meeting";
import { useJoinEligibility } from "@/lib/swr/use-join-eligibility";
import { useAuditLog, useSession } from "@/lib/swr/use-session";
import { isOpen, type SessionAction } from "@/lib/sessions/rules";
import type { AuditEntryResponse, SessionResponse } from "@/lib/sessions/schemas";

export type PostAction = Exclude<SessionAction, "join">;

export function useWaitingRoom({ initialSession, initialAudit, viewerId }: { initialSession: SessionResponse; initialAudit: AuditEntryResponse[]; viewerId: number }) {
  const id = initialSession.id;
  const { data: session = initialSession, mutate: refreshSession } = useSession(id, initialSession);
  const { data: eligibility, error: pollError, mutate: refreshEligibility } = useJoinEligibility(id);
  const { data: audit = initialAudit, mutate: refreshAudit } = useAuditLog(id, initialAudit, isOpen(session.status));
  const [running, setRunning] = useState<SessionAction | null>(null);
  const [error, setError] = useState<string | null>(null);

  const seenUpdate = eligibility?.updated_at;
  useEffect(() => {
    if (seenUpdate && seenUpdate !== session.updated_at) {
      void refreshSession();
      void refreshAudit();
    }
  }, [seenUpdate, session.updated_at, refreshSession, refreshAudit]);

  const youAreInitiator = session.initiator.id === viewerId;
  const refreshAll = () => Promise.all([refreshSession(), refreshEligibility(), refreshAudit()]);

  async function attempt(action: SessionAction, work: () => Promise<void>, fallbackMessage: string): Promise<boolean> {
    setRunning(action);
    setError(null);
    try {
      await work();
      return true;
    } catch (caught) {
      setError(errorMessage(caught, fallbackMessage));
      await refreshAll();
      return false;
    } finally {
      setRunning(null);
    }
  }

  const run = (action: PostAction) =>
    attempt(
      action,
      async () => {
        const updated = await api.sessions.act(id, action);
        await refreshSession(updated, { revalidate: false });
        await Promise.all([refreshEligibility(), refreshAudit()]);
      },
      "Something went wrong. Try again.",
    );

  const join = () =>
    attempt(
      "join",
      async () => {
        await joinMeeting(id);
        await refreshAll();
      },
      "Could not get a join link. Try again.",
    );

  return {
    session,
    audit,
    me: youAreInitiator ? session.initiator : session.participant,
    other: youAreInitiator ? session.participant : session.initiator,
    // The poll is fresher than the session between two refreshes.
    status: eligibility?.status ?? session.status,
    youReady: eligibility?.you_ready ?? (youAreInitiator ? session.initiator_ready : session.participant_ready),
    otherReady: eligibility?.other_ready ?? (youAreInitiator ? session.participant_ready : session.initiator_ready),
    canJoin: eligibility?.can_join ?? session.can_join,
    reason: eligibility ? eligibility.reason : session.join_blocked_reason,
    // Signed out is said once for the whole page (components/layout/signed-out-notice.tsx).
    lostContact: Boolean(pollError) && !pollError?.signedOut,
    /** The outage is the server's (503) or the network's: it retries by itself (README, Operations). */
    unavailable: isTemporarilyUnavailable(pollError),
    /** Who is in the meeting now; the poll carries it, so it moves without a reload. */
    inMeeting: eligibility?.in_meeting ?? session.in_meeting,
    /** Who opened the meeting link and when (all we know for plain Jitsi); polled too. */
    openedMeeting: eligibility?.opened_meeting ?? session.opened_meeting,
    running,
    error,
    run,
    join,
  };
}
