"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAsyncAction } from "@/components/ui/use-async-action";
import { ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";
import type { AdminSessionDetailResponse } from "@/lib/admin/schemas";

function describe(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong. Try again.";
  if (error.code === "invalid_state") return `${error.message} Someone may have ended or cancelled it a moment ago.`;
  if (error.status === 0) return error.message;
  return `Could not cancel the session: ${error.message}`;
}

/**
 * "Cancel session" for an admin, behind a confirmation; the audit entry names the admin.
 * It stays mounted once the session is over (`open` false) so that an error explaining
 * why the cancel failed is still shown after the page refreshes to the new state.
 */
export function CancelSessionButton({
  sessionId,
  open,
  onDone,
}: {
  sessionId: number;
  open: boolean;
  onDone: (updated: AdminSessionDetailResponse | null) => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const { pending: running, error, run } = useAsyncAction({ describe });

  function confirm() {
    return run(
      async () => {
        const updated = await api.admin.cancelSession(sessionId);
        setAsking(false);
        await onDone(updated);
      },
      async (caught) => {
        setAsking(false);
        // The session changed under us: show what it is now.
        if (caught instanceof ApiError && caught.code === "invalid_state") await onDone(null);
      },
    );
  }

  return (
    <div className="flex flex-col items-end gap-2">
      {open || running ? (
        <Button variant="danger" disabled={running} onClick={() => setAsking(true)}>
          {running ? "Cancelling…" : "Cancel session"}
        </Button>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      <ConfirmDialog
        open={asking}
        title={`Cancel session #${sessionId}?`}
        confirmLabel="Yes, cancel session"
        cancelLabel="Keep session"
        pendingLabel="Cancelling…"
        pending={running}
        onConfirm={confirm}
        onClose={() => setAsking(false)}
      >
        Both people lose the session at once: outstanding join links stop working and the audit log records you as the one who cancelled it.
        This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}
