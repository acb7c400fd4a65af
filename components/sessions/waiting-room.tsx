"use client";

// The waiting room: both people's ready state and who is in the meeting, the actions the
// API allows now, why you cannot join yet, and the activity log; once the session is
// over, a summary of how it went instead. Data and actions live in useWaitingRoom.
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { AuditLogList } from "@/components/sessions/audit-log";
import { joinReasonText } from "@/components/sessions/join-reason";
import { presenceText } from "@/components/sessions/presence-text";
import { SessionActions } from "@/components/sessions/session-actions";
import { SessionPeople } from "@/components/sessions/session-people";
import { SessionSummary } from "@/components/sessions/session-summary";
import { SessionTimes } from "@/components/sessions/session-times";
import { useWaitingRoom } from "@/components/sessions/use-waiting-room";
import { isActive, isOpen } from "@/lib/sessions/rules";
import { meetingFacts } from "@/lib/video/presence-source";
import { useClock } from "@/components/sessions/use-clock";
import type { AuditEntryResponse, SessionResponse } from "@/lib/sessions/schemas";

/** Why you cannot join yet, or that you can: a live region, so the change is announced. */
function JoinStatus({ canJoin, open, text }: { canJoin: boolean; open: boolean; text: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {text ? (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="join-reason" id="join-reason">
          {text}
        </p>
      ) : open && canJoin ? (
        <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="join-reason">
          You can join the meeting now.
        </p>
      ) : null}
    </div>
  );
}

export function WaitingRoom(props: { initialSession: SessionResponse; initialAudit: AuditEntryResponse[]; viewerId: number }) {
  const room = useWaitingRoom(props);
  const { session, status, other, inMeeting } = room;
  const clock = useClock();
  const open = isOpen(status);
  // "Active" before anyone is in would suggest a call is going on.
  const statusLabel = isActive(status) ? (inMeeting.length > 0 ? "In progress" : "Meeting open") : undefined;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 text-2xl font-semibold [overflow-wrap:anywhere]">Session with {other.name}</h1>
        <StatusBadge status={status} label={statusLabel} />
      </div>

      {open ? (
        <Card>
          <SessionPeople
            me={{ ...room.me, ready: room.youReady, inMeeting: inMeeting.includes(room.me.id) }}
            other={{ ...other, ready: room.otherReady, inMeeting: inMeeting.includes(other.id) }}
            startedBy={session.started_by}
          />
          <div className="mt-4 space-y-3">
            {isActive(status) ? (
              <p className="text-sm font-medium text-slate-800" data-testid="presence">
                {presenceText({ ...session, in_meeting: inMeeting, opened_meeting: room.openedMeeting }, props.viewerId, clock)}
              </p>
            ) : null}
            <JoinStatus canJoin={room.canJoin} open={open} text={room.canJoin ? null : joinReasonText(room.reason, other.name, session.started_by === other.id)} />
            {room.canJoin && session.zoom_meeting_password ? (
              <p className="text-sm text-slate-600">
                Meeting passcode: <code className="rounded bg-slate-100 px-1">{session.zoom_meeting_password}</code>
              </p>
            ) : null}
            {room.lostContact && !room.error ? (
              <p role="status" className="text-sm text-amber-800">
                {room.unavailable ? "Temporarily unavailable; retrying…" : "Lost contact with the server; retrying…"}
              </p>
            ) : null}
            {room.error ? <Alert>{room.error}</Alert> : null}
            <SessionActions
              allowed={session.shown_actions}
              endClosesMeeting={meetingFacts(session.video_provider).endClosesMeeting}
              running={room.running}
              onRun={room.run}
              onJoin={room.join}
            />
          </div>
          <SessionTimes session={session} />
        </Card>
      ) : (
        <Card>
          {session.summary ? (
            <SessionSummary session={session} viewerId={props.viewerId} />
          ) : (
            <p className="text-sm text-slate-700" data-testid="join-reason">
              This session is over.
            </p>
          )}
          {room.error ? (
            <div className="mt-3">
              <Alert>{room.error}</Alert>
            </div>
          ) : null}
          <SessionTimes session={session} />
        </Card>
      )}

      <Card>
        <h2 className="mb-2 text-lg font-semibold">Activity</h2>
        <AuditLogList entries={room.audit} viewerId={props.viewerId} empty="Nothing has happened in this session yet." />
      </Card>
    </div>
  );
}
