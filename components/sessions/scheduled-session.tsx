"use client";

// The waiting room of a planned session, before it starts: when it is (in the viewer's
// zone, named), who proposed the time, a countdown, and the buttons `allowed_actions`
// lists (Accept, Decline, Propose another time, Cancel session, Start session inside the
// window), with Add to calendar. Once started the server page shows the usual waiting
// room instead (components/sessions/waiting-room.tsx).
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormDialog } from "@/components/ui/form-dialog";
import { StatusBadge } from "@/components/ui/status-badge";
import { ZonedTime } from "@/components/ui/time";
import { AuditLogList } from "@/components/sessions/audit-log";
import { Countdown, useNow } from "@/components/sessions/countdown";
import { ScheduleForm } from "@/components/sessions/schedule-form";
import { isPlannedView, plannedEnd } from "@/components/sessions/planned";
import { useAuditLog, useSession } from "@/lib/swr/use-session";
import { errorMessage } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";
import type { AuditEntryResponse, SessionResponse } from "@/lib/sessions/schemas";
import { START_EARLY_MS } from "@/lib/sessions/rules";

type Busy = "accept" | "decline" | "cancel" | "start" | null;

/** Refetch a little after each moment the server's answer may change (the window opens, the time comes, it ends). */
const BOUNDARY_SLACK_MS = 1500;

function whoProposed(session: SessionResponse, viewerId: number, otherName: string): string {
  const mine = session.invitation_by === viewerId;
  if (session.invitation === "accepted") return mine ? `You proposed this time and ${otherName} accepted it.` : `${otherName} proposed this time and you accepted it.`;
  return mine ? `You proposed this time. Waiting for ${otherName} to answer.` : `${otherName} proposed this time.`;
}

function statusLine(session: SessionResponse, otherName: string, audit: AuditEntryResponse[]): string | null {
  if (session.status === "missed") return "This session was missed: its time passed without anyone starting it.";
  if (session.status === "cancelled") {
    const declined = [...audit].reverse().find((entry) => entry.event_type === "invitation_declined");
    if (declined) return declined.user?.name === otherName ? `${otherName} declined this invitation.` : "You declined this invitation.";
    return "This planned session was cancelled.";
  }
  return null;
}

export function ScheduledSession(props: { initialSession: SessionResponse; initialAudit: AuditEntryResponse[]; viewerId: number }) {
  const formId = useId();
  const router = useRouter();
  const id = props.initialSession.id;
  const { data: session = props.initialSession, mutate: refreshSession } = useSession(id, props.initialSession);
  const { data: audit = props.initialAudit, mutate: refreshAudit } = useAuditLog(id, props.initialAudit);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [rescheduling, setRescheduling] = useState(false);
  const [rescheduleBusy, setRescheduleBusy] = useState(false);

  const me = session.initiator.id === props.viewerId ? session.initiator : session.participant;
  const other = me.id === session.initiator.id ? session.participant : session.initiator;
  const allowed = session.allowed_actions;
  const startsAt = session.scheduled_for ? Date.parse(session.scheduled_for) : 0;
  const endsAt = session.scheduled_for ? plannedEnd(session) : 0;

  // Started (by either of us): the server page renders the usual waiting room.
  const planned = isPlannedView(session);
  useEffect(() => {
    if (!planned) router.refresh();
  }, [planned, router]);

  // What the server allows changes with time, not only with events: refetch as each moment passes.
  const boundaries = useRef<number[]>([]);
  useEffect(() => {
    boundaries.current = session.status === "scheduled" ? [startsAt - START_EARLY_MS, startsAt, endsAt].map((at) => at + BOUNDARY_SLACK_MS) : [];
  }, [session.status, startsAt, endsAt]);
  const lastTick = useRef<number | null>(null);
  const onTick = useCallback(
    (now: number) => {
      const last = lastTick.current;
      const crossed = last !== null && boundaries.current.some((at) => last < at && now >= at);
      lastTick.current = now;
      if (crossed) {
        void refreshSession();
        void refreshAudit();
      }
    },
    [refreshSession, refreshAudit],
  );
  const now = useNow(onTick);

  async function act(action: Exclude<Busy, null>, work: () => Promise<SessionResponse>) {
    setBusy(action);
    setError(null);
    try {
      const updated = await work();
      await refreshSession(updated, { revalidate: false });
      await refreshAudit();
      return true;
    } catch (caught) {
      setError(errorMessage(caught, "Something went wrong. Try again."));
      await Promise.all([refreshSession(), refreshAudit()]);
      return false;
    } finally {
      setBusy(null);
    }
  }

  const line = statusLine(session, other.name, audit);
  const badge = session.status === "scheduled" ? (session.invitation === "accepted" ? "Accepted" : "Proposed") : undefined;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 text-2xl font-semibold [overflow-wrap:anywhere]">Session with {other.name}</h1>
        <StatusBadge status={session.status} label={badge} />
      </div>

      <Card>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-500">When</dt>
          <dd className="font-medium text-slate-900" data-testid="scheduled-for">
            {session.scheduled_for ? <ZonedTime value={session.scheduled_for} /> : "—"}
          </dd>
          <dt className="text-slate-500">Duration</dt>
          <dd data-testid="scheduled-duration">{session.duration_minutes ?? "—"} minutes</dd>
          {session.note ? (
            <>
              <dt className="text-slate-500">Note</dt>
              <dd className="whitespace-pre-wrap [overflow-wrap:anywhere]">{session.note}</dd>
            </>
          ) : null}
        </dl>

        <div className="mt-4 space-y-3">
          <p className="text-sm text-slate-700" data-testid="invitation">
            {whoProposed(session, props.viewerId, other.name)}
          </p>
          {session.status === "scheduled" && session.scheduled_for ? <Countdown startsAt={session.scheduled_for} endsAt={endsAt} now={now} /> : null}
          <div role="status" aria-live="polite">
            {line ? (
              <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="join-reason">
                {line}
              </p>
            ) : null}
          </div>
          {error ? <Alert>{error}</Alert> : null}

          <div className="flex flex-wrap gap-2">
            {allowed.includes("start") ? (
              <Button
                disabled={busy !== null}
                onClick={async () => {
                  if (await act("start", () => api.sessions.act(id, "start"))) router.refresh();
                }}
              >
                {busy === "start" ? "Starting…" : "Start session"}
              </Button>
            ) : null}
            {allowed.includes("accept") ? (
              <Button disabled={busy !== null} onClick={() => act("accept", () => api.sessions.accept(id))}>
                {busy === "accept" ? "Accepting…" : "Accept"}
              </Button>
            ) : null}
            {allowed.includes("decline") ? (
              <Button variant="secondary" disabled={busy !== null} onClick={() => act("decline", () => api.sessions.decline(id))}>
                {busy === "decline" ? "Declining…" : "Decline"}
              </Button>
            ) : null}
            {allowed.includes("reschedule") ? (
              <Button variant="secondary" disabled={busy !== null} onClick={() => setRescheduling(true)} aria-haspopup="dialog">
                Propose another time
              </Button>
            ) : null}
            {session.status === "scheduled" ? (
              <a
                href={api.sessions.calendarUrl(id)}
                download={`pairline-session-${id}.ics`}
                className="inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
              >
                Add to calendar
              </a>
            ) : null}
            {allowed.includes("cancel") ? (
              <Button variant="danger" disabled={busy !== null} onClick={() => setConfirmingCancel(true)}>
                Cancel session
              </Button>
            ) : null}
          </div>
        </div>
      </Card>

      <Card>
        <h2 className="mb-2 text-lg font-semibold">Activity</h2>
        <AuditLogList entries={audit} viewerId={props.viewerId} empty="Nothing has happened in this session yet." />
      </Card>

      <ConfirmDialog
        open={confirmingCancel && allowed.includes("cancel")}
        title={`Cancel the session with ${other.name}?`}
        confirmLabel="Yes, cancel it"
        cancelLabel="Keep it"
        pendingLabel="Cancelling…"
        pending={busy === "cancel"}
        onClose={() => setConfirmingCancel(false)}
        onConfirm={async () => {
          await act("cancel", () => api.sessions.act(id, "cancel"));
          setConfirmingCancel(false);
        }}
      >
        {other.name} is told, and the time is freed in both calendars.
      </ConfirmDialog>

      <FormDialog open={rescheduling && allowed.includes("reschedule")} title="Propose another time" busy={rescheduleBusy} onClose={() => setRescheduling(false)}>
        <ScheduleForm
          id={`reschedule-${formId}`}
          initial={session.scheduled_for ? { starts_at: session.scheduled_for, duration_minutes: session.duration_minutes ?? 60 } : undefined}
          withNote={false}
          submitLabel="Propose this time"
          pendingLabel="Proposing…"
          onPendingChange={setRescheduleBusy}
          onCancel={() => setRescheduling(false)}
          onSubmit={async (values) => {
            const updated = await api.sessions.reschedule(id, values);
            await refreshSession(updated, { revalidate: false });
            await refreshAudit();
            setRescheduling(false);
          }}
        />
      </FormDialog>
    </div>
  );
}
