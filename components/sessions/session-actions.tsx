"use client";

// The waiting room's buttons: exactly those the API lists in `shown_actions` (the allowed
// actions that matter to you now, lib/sessions/rules.ts), nothing more (the reason you
// cannot join yet is said in words above them). One primary button: the next step.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { SessionAction } from "@/lib/sessions/rules";
import type { PostAction } from "@/components/sessions/use-waiting-room";
import { endSessionText } from "@/components/sessions/presence-text";

const LABELS: Record<SessionAction, [idle: string, busy: string]> = {
  start: ["Start session", "Starting…"],
  ready: ["Mark ready", "Marking ready…"],
  join: ["Join meeting", "Opening…"],
  end: ["End session", "Ending…"],
  cancel: ["Yes, cancel it", "Cancelling…"],
  accept: ["Accept", "Accepting…"],
  decline: ["Decline", "Declining…"],
  reschedule: ["Propose another time", "Proposing…"],
};

export function SessionActions({
  allowed,
  endClosesMeeting,
  running,
  onRun,
  onJoin,
}: {
  allowed: SessionAction[];
  /** Zoom closes its meeting when the session ends; plain Jitsi cannot (lib/video/presence-source.ts). */
  endClosesMeeting: boolean;
  running: SessionAction | null;
  onRun: (action: PostAction) => Promise<boolean>;
  onJoin: () => Promise<boolean>;
}) {
  // End and Cancel finish the session for both people: each asks first.
  const [confirming, setConfirming] = useState<"end" | "cancel" | null>(null);
  const busy = running !== null;
  const label = (action: SessionAction) => LABELS[action][running === action ? 1 : 0];
  const asking = confirming && allowed.includes(confirming) ? confirming : null;

  async function confirm() {
    if (!asking) return;
    await onRun(asking);
    setConfirming(null);
  }

  return (
    <>
      <div className="flex flex-wrap gap-2">
        {allowed.includes("start") ? (
          <Button onClick={() => onRun("start")} disabled={busy}>
            {label("start")}
          </Button>
        ) : null}
        {allowed.includes("ready") ? (
          <Button variant={allowed.includes("start") || allowed.includes("join") ? "secondary" : "primary"} onClick={() => onRun("ready")} disabled={busy}>
            {label("ready")}
          </Button>
        ) : null}
        {allowed.includes("join") ? (
          <Button onClick={onJoin} disabled={busy}>
            {label("join")}
          </Button>
        ) : null}
        {allowed.includes("end") ? (
          <Button variant="secondary" onClick={() => setConfirming("end")} disabled={busy}>
            End session
          </Button>
        ) : null}
        {allowed.includes("cancel") ? (
          <Button variant="danger" onClick={() => setConfirming("cancel")} disabled={busy}>
            Cancel session
          </Button>
        ) : null}
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={asking === "end" ? (endClosesMeeting ? "End the session and the meeting for both of you?" : "End the session for both of you?") : "Cancel the session for both of you?"}
        confirmLabel={asking === "end" ? "Yes, end it" : "Yes, cancel it"}
        cancelLabel={asking === "end" ? "Keep going" : "Keep it"}
        pendingLabel={asking === "end" ? LABELS.end[1] : LABELS.cancel[1]}
        pending={busy}
        onConfirm={confirm}
        onClose={() => setConfirming(null)}
      >
        {asking === "end" ? endSessionText(endClosesMeeting) : "The session is called off for both of you before anyone meets, and join links stop working."}
      </ConfirmDialog>
    </>
  );
}
