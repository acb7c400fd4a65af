"use client";

// The waiting room: both people's ready state, the actions that apply now, why you
// cannot join yet, and the audit log. Eligibility is polled; everything else refreshes
// when the eligibility's updated_at moves, or right after one of our own actions.
import { useEffect, useState } from "react";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { ApiError, apiFetch } from "@/lib/swr/fetcher";
import { useJoinEligibility } from "@/lib/swr/use-join-eligibility";
import { useAuditLog, useSession } from "@/lib/swr/use-session";
import type { AuditEntryResponse as AuditEntry } from "@/lib/sessions/schemas";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { AuditLog } from "@/components/sessions/audit-log";
import { joinReasonText } from "@/components/sessions/join-reason";

type Action = "start" | "ready" | "join" | "end" | "cancel";

const PROVIDER_NAMES = { zoom: "Zoom", jitsi: "Jitsi" } as const;

function Person({ name, ready, you, starter }: { name: string; ready: boolean; you: boolean; starter: boolean }) {
  return (
    <li className="flex items-center gap-3 rounded-md border border-slate-200 p-3" data-testid={you ? "you" : "other-person"}>
      <span aria-hidden className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-700">
        {name.slice(0, 1).toUpperCase()}
      </span>
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium">
          {name}
          {you ? <span className="text-slate-500"> (you)</span> : null}
        </p>
        {starter ? <p className="text-xs text-slate-500">Started the meeting</p> : null}
      </div>
      {ready ? <Badge tone="green">Ready</Badge> : <Badge>Not ready</Badge>}
    </li>
  );
}

export function WaitingRoom({ initialSession, initialAudit, viewerId }: { initialSession: SessionResponse; initialAudit: AuditEntry[]; viewerId: number }) {
  const id = initialSession.id;
  const { data: session = initialSession, mutate: refreshSession } = useSession(id, initialSession);
  const { data: eligibility, error: pollError, mutate: refreshEligibility } = useJoinEligibility(id);
  const isOver = session.status === "completed" || session.status === "cancelled";
  const { data: audit = initialAudit, mutate: refreshAudit } = useAuditLog(id, initialAudit, !isOver);
  const [running, setRunning] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);

  // The other person acted: eligibility moved on, so reload the session and its log.
  const seenUpdate = eligibility?.updated_at;
  useEffect(() => {
    if (seenUpdate && seenUpdate !== session.updated_at) {
      void refreshSession();
      void refreshAudit();
    }
  }, [seenUpdate, session.updated_at, refreshSession, refreshAudit]);

  const youAreInitiator = session.initiator.id === viewerId;
  const me = youAreInitiator ? session.initiator : session.participant;
  const other = youAreInitiator ? session.participant : session.initiator;
  const status = eligibility?.status ?? session.status;
  const youReady = eligibility?.you_ready ?? (youAreInitiator ? session.initiator_ready : session.participant_ready);
  const otherReady = eligibility?.other_ready ?? (youAreInitiator ? session.participant_ready : session.initiator_ready);
  const canJoin = eligibility?.can_join ?? session.can_join;
  const reason = eligibility ? eligibility.reason : session.join_blocked_reason;
  const open = status === "pending" || status === "active";

  async function refreshAll() {
    await Promise.all([refreshSession(), refreshEligibility(), refreshAudit()]);
  }

  async function run(action: Exclude<Action, "join">) {
    setRunning(action);
    setError(null);
    try {
      const updated = await apiFetch<SessionResponse>(`/api/v1/sessions/${id}/${action}/`, { method: "POST" });
      await refreshSession(updated, { revalidate: false });
      await Promise.all([refreshEligibility(), refreshAudit()]);
      setConfirmCancel(false);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Something went wrong. Try again.");
      await refreshAll();
    } finally {
      setRunning(null);
    }
  }

  async function join() {
    // Open the tab now, inside the click, so popup blockers allow it; point it at the
    // one-time link once we have one.
    const tab = window.open("", "_blank");
    setRunning("join");
    setError(null);
    try {
      const { join_url } = await apiFetch<{ join_url: string }>(`/api/v1/sessions/${id}/join-token/`, { method: "POST" });
      if (tab) {
        tab.opener = null;
        tab.location.href = join_url;
      } else {
        window.location.assign(join_url);
      }
      await refreshAll();
    } catch (caught) {
      tab?.close();
      setError(caught instanceof ApiError ? caught.message : "Could not get a join link. Try again.");
      await refreshAll();
    } finally {
      setRunning(null);
    }
  }

  const reasonText = canJoin ? null : joinReasonText(reason, other.name);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Session with {other.name}</h1>
        <Badge tone={STATUS_TONE[status]}>
          <span data-testid="session-status">{status}</span>
        </Badge>
      </div>

      <Card>
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="People">
          <Person name={me.name} ready={youReady} you starter={session.started_by === me.id} />
          <Person name={other.name} ready={otherReady} you={false} starter={session.started_by === other.id} />
        </ul>

        <div className="mt-4 space-y-3">
          {reasonText ? (
            <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="join-reason">
              {reasonText}
            </p>
          ) : open && canJoin ? (
            <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="join-reason">
              You can join the meeting now.
            </p>
          ) : null}
          {canJoin && session.zoom_meeting_password ? (
            <p className="text-sm text-slate-600">
              Meeting passcode: <code className="rounded bg-slate-100 px-1">{session.zoom_meeting_password}</code>
            </p>
          ) : null}
          {pollError && !error ? <p className="text-sm text-amber-700">Lost contact with the server; retrying…</p> : null}
          {error ? <Alert>{error}</Alert> : null}

          <div className="flex flex-wrap gap-2">
            {status === "pending" ? (
              <Button onClick={() => run("start")} disabled={running !== null}>
                {running === "start" ? "Starting…" : "Start session"}
              </Button>
            ) : null}
            {open && !youReady ? (
              <Button variant={status === "pending" ? "secondary" : "primary"} onClick={() => run("ready")} disabled={running !== null}>
                {running === "ready" ? "Marking ready…" : "Mark ready"}
              </Button>
            ) : null}
            {status === "active" ? (
              <Button onClick={join} disabled={!canJoin || running !== null} aria-describedby={reasonText ? "join-reason" : undefined}>
                {running === "join" ? "Opening…" : "Join meeting"}
              </Button>
            ) : null}
            {status === "active" ? (
              <Button variant="secondary" onClick={() => run("end")} disabled={running !== null}>
                {running === "end" ? "Ending…" : "End session"}
              </Button>
            ) : null}
            {open && !confirmCancel ? (
              <Button variant="danger" onClick={() => setConfirmCancel(true)} disabled={running !== null}>
                Cancel session
              </Button>
            ) : null}
          </div>
          {open && confirmCancel ? (
            <div className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm" role="group" aria-label="Confirm cancellation">
              <span className="text-red-800">Cancel this session for both of you?</span>
              <Button variant="danger" onClick={() => run("cancel")} disabled={running !== null}>
                {running === "cancel" ? "Cancelling…" : "Yes, cancel it"}
              </Button>
              <Button variant="secondary" onClick={() => setConfirmCancel(false)} disabled={running !== null}>
                Keep it
              </Button>
            </div>
          ) : null}
        </div>

        <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-1 text-sm text-slate-600 sm:grid-cols-4">
          <dt className="text-slate-500">Created</dt>
          <dd>{new Date(session.created_at).toLocaleString()}</dd>
          {session.started_at ? (
            <>
              <dt className="text-slate-500">Started</dt>
              <dd>{new Date(session.started_at).toLocaleString()}</dd>
            </>
          ) : null}
          {session.ended_at ? (
            <>
              <dt className="text-slate-500">{session.status === "cancelled" ? "Cancelled" : "Ended"}</dt>
              <dd>{new Date(session.ended_at).toLocaleString()}</dd>
            </>
          ) : null}
          {session.video_provider ? (
            <>
              <dt className="text-slate-500">Video</dt>
              <dd>{PROVIDER_NAMES[session.video_provider]}</dd>
            </>
          ) : null}
        </dl>
      </Card>

      <Card>
        <h2 className="mb-2 text-lg font-semibold">Activity</h2>
        {isOver ? <p className="mb-2 text-sm text-slate-500">This session is over; here is everything that happened.</p> : null}
        <AuditLog entries={audit} />
      </Card>
    </div>
  );
}
