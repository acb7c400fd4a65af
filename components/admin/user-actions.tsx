"use client";

// Disable (with a reason, in the shared confirmation dialog), enable and change role for
// one account. The page is refreshed from the server afterwards, history included.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAsyncAction } from "@/components/ui/use-async-action";
import { api } from "@/lib/swr/api";
import type { AdminUserDetailResponse } from "@/lib/admin/user-schemas";

const REASON_MAX = 500;

export function UserActions({ user, isSelf }: { user: AdminUserDetailResponse; isSelf: boolean }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const { pending, error, run } = useAsyncAction();
  const otherRole = user.role === "admin" ? "user" : "admin";

  function disable() {
    if (!reason.trim()) {
      setReasonError("Say why: the reason is kept in the admin actions log.");
      return;
    }
    return run(async () => {
      await api.admin.disableUser(user.id, reason.trim());
      setAsking(false);
      setReason("");
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {user.status === "active" ? (
          isSelf ? null : (
            <Button variant="danger" disabled={pending} onClick={() => setAsking(true)}>
              Disable account
            </Button>
          )
        ) : (
          <Button disabled={pending} onClick={() => run(async () => (await api.admin.enableUser(user.id), router.refresh()))}>
            {pending ? "Enabling…" : "Enable account"}
          </Button>
        )}
        <Button variant="secondary" disabled={pending} onClick={() => run(async () => (await api.admin.changeRole(user.id, otherRole), router.refresh()))}>
          {otherRole === "admin" ? "Make admin" : "Make regular user"}
        </Button>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      <ConfirmDialog
        open={asking}
        title={`Disable ${user.name}?`}
        confirmLabel="Disable account"
        cancelLabel="Keep account"
        pendingLabel="Disabling…"
        pending={pending}
        onConfirm={disable}
        onClose={() => {
          setAsking(false);
          setReasonError(null);
        }}
      >
        <p>They are signed out everywhere at once, their open sessions are cancelled, and nobody finds them in search until you enable the account again.</p>
        <div className="mt-3 space-y-1">
          <label htmlFor="disable-reason" className="block text-sm font-medium text-slate-700">
            Reason
          </label>
          <textarea
            id="disable-reason"
            value={reason}
            maxLength={REASON_MAX}
            rows={3}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonError(null);
            }}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? "disable-reason-error" : undefined}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
          />
          {reasonError ? (
            <p id="disable-reason-error" className="text-sm text-red-700">
              {reasonError}
            </p>
          ) : null}
          {error && asking ? <Alert>{error}</Alert> : null}
        </div>
      </ConfirmDialog>
    </div>
  );
}
