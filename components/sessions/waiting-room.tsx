"use client";

// The waiting room: both people's ready state, the actions the API allows now, why you
// cannot join yet, and the audit log. Data and actions live in useWaitingRoom.
import { Alert } from "@/components/ui/alert";
import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { AuditLogList } from "@/components/sessions/audit-log";
import { joinReasonText } from "@/components/sessions/join-reason";
import { SessionActions } from "@/components/sessions/session-actions";
import { SessionPeople } from "@/components/sessions/session-people";
import { SessionTimes } from "@/components/sessions/session-times";
import { useWaitingRoom } from "@/components/sessions/use-waiting-room";
import { isOpen } from "@/lib/sessions/rules";
import type { AuditEntryResponse, SessionResponse } from "@/lib/sessions/schemas";

function JoinStatus({ canJoin, open, text }: { canJoin: boolean; open: boolean; text: string | null }) {
  if (text) {
    return (
      <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="join-reason" id="join-reason">
        {text}
      </p>
    );
  }
  if (!open || !canJoin) return null;
  return (
    <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="join-reason">
      You can join the meeting now.
    </p>
  );
}

export function WaitingRoom(props: { initialSession: SessionResponse; initialAudit: AuditEntryResponse[]; viewerId: number }) {
  const room = useWaitingRoom(props);
  const { session, status, other } = room;
  const open = isOpen(status);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Session with {other.name}</h1>
        <Badge tone={STATUS_TONE[status]}>
          <span data-testid="session-status">{status}</span>
        </Badge>
      </div>

      <Card>
        <SessionPeople me={{ ...room.me, ready: room.youReady }} other={{ ...other, ready: room.otherReady }} startedBy={session.started_by} />
        <div className="mt-4 space-y-3">
          <JoinStatus canJoin={room.canJoin} open={open} text={room.canJoin ? null : joinReasonText(room.reason, other.name)} />
          {room.canJoin && session.zoom_meeting_password ? (
            <p className="text-sm text-slate-600">
              Meeting passcode: <code className="rounded bg-slate-100 px-1">{session.zoom_meeting_password}</code>
            </p>
          ) : null}
          {room.lostContact && !room.error ? <p className="text-sm text-amber-700">Lost contact with the server; retrying…</p> : null}
          {room.error ? <Alert>{room.error}</Alert> : null}
          <SessionActions allowed={session.allowed_actions} reason={room.reason} running={room.running} onRun={room.run} onJoin={room.join} />
        </div>
        <SessionTimes session={session} />
      </Card>

      <Card>
        <h2 className="mb-2 text-lg font-semibold">Activity</h2>
        {open ? null : <p className="mb-2 text-sm text-slate-500">This session is over; here is everything that happened.</p>}
        <AuditLogList entries={room.audit} empty="Nothing has happened in this session yet." />
      </Card>
    </div>
  );
}
