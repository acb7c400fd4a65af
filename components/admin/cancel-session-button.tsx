"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError, apiFetch } from "@/lib/swr/fetcher";
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
  const dialog = useRef<HTMLDialogElement>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setRunning(true);
    setError(null);
    try {
      const updated = await apiFetch<AdminSessionDetailResponse>(`/api/v1/admin/sessions/${sessionId}/cancel`, { method: "POST" });
      dialog.current?.close();
      await onDone(updated);
    } catch (caught) {
      dialog.current?.close();
      setError(describe(caught));
      // The session changed under us: show what it is now.
      if (caught instanceof ApiError && caught.code === "invalid_state") await onDone(null);
    } finally {
      setRunning(false);
    }
  }

  return (
    <div className="flex flex-col items-end gap-2">
      {open || running ? (
        <Button variant="danger" disabled={running} onClick={() => dialog.current?.showModal()}>
          {running ? "Cancelling…" : "Cancel session"}
        </Button>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      <dialog
        ref={dialog}
        aria-labelledby={`cancel-${sessionId}-title`}
        onCancel={(event) => {
          if (running) event.preventDefault();
        }}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-3 p-5">
          <h2 id={`cancel-${sessionId}-title`} className="text-lg font-semibold">
            Cancel session #{sessionId}?
          </h2>
          <p className="text-sm text-slate-600">
            Both people lose the session at once: outstanding join links stop working and the audit log records you as the one who cancelled it.
            This cannot be undone.
          </p>
          <div className="flex flex-wrap justify-end gap-2 pt-2">
            <Button variant="secondary" disabled={running} onClick={() => dialog.current?.close()} autoFocus>
              Keep session
            </Button>
            <Button variant="danger" disabled={running} onClick={confirm}>
              {running ? "Cancelling…" : "Yes, cancel session"}
            </Button>
          </div>
        </div>
      </dialog>
    </div>
  );
}
