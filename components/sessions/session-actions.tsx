"use client";

// The waiting room's buttons, exactly those the API lists in `allowed_actions`. Join is
// also shown, disabled, while the API says the caller is only waiting for someone to be
// ready, so the button does not jump around.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { SessionAction } from "@/lib/sessions/rules";
import type { JoinBlockedReason } from "@/lib/sessions/rules";
import type { PostAction } from "@/components/sessions/use-waiting-room";

const LABELS: Record<SessionAction, [idle: string, busy: string]> = {
  start: ["Start session", "Starting…"],
  ready: ["Mark ready", "Marking ready…"],
  join: ["Join meeting", "Opening…"],
  end: ["End session", "Ending…"],
  cancel: ["Yes, cancel it", "Cancelling…"],
};

const WAITING_REASONS: (JoinBlockedReason | null)[] = ["waiting_for_other", "mark_yourself_ready"];

export function SessionActions({
  allowed,
  reason,
  running,
  onRun,
  onJoin,
}: {
  allowed: SessionAction[];
  reason: JoinBlockedReason | null;
  running: SessionAction | null;
  onRun: (action: PostAction) => Promise<boolean>;
  onJoin: () => Promise<boolean>;
}) {
  const [confirmCancel, setConfirmCancel] = useState(false);
  const busy = running !== null;
  const label = (action: SessionAction) => LABELS[action][running === action ? 1 : 0];
  const showJoin = allowed.includes("join") || WAITING_REASONS.includes(reason);
  const canCancel = allowed.includes("cancel");

  return (
    <>
      <div className="flex flex-wrap gap-2">
        {allowed.includes("start") ? (
          <Button onClick={() => onRun("start")} disabled={busy}>
            {label("start")}
          </Button>
        ) : null}
        {allowed.includes("ready") ? (
          <Button variant={allowed.includes("start") ? "secondary" : "primary"} onClick={() => onRun("ready")} disabled={busy}>
            {label("ready")}
          </Button>
        ) : null}
        {showJoin ? (
          <Button onClick={onJoin} disabled={!allowed.includes("join") || busy} aria-describedby={allowed.includes("join") ? undefined : "join-reason"}>
            {label("join")}
          </Button>
        ) : null}
        {allowed.includes("end") ? (
          <Button variant="secondary" onClick={() => onRun("end")} disabled={busy}>
            {label("end")}
          </Button>
        ) : null}
        {canCancel && !confirmCancel ? (
          <Button variant="danger" onClick={() => setConfirmCancel(true)} disabled={busy}>
            Cancel session
          </Button>
        ) : null}
      </div>
      {canCancel && confirmCancel ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm" role="group" aria-label="Confirm cancellation">
          <span className="text-red-800">Cancel this session for both of you?</span>
          <Button variant="danger" onClick={async () => (await onRun("cancel")) && setConfirmCancel(false)} disabled={busy}>
            {label("cancel")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirmCancel(false)} disabled={busy}>
            Keep it
          </Button>
        </div>
      ) : null}
    </>
  );
}
