"use client";

// README, Your data: download everything (a plain link to the JSON download) and delete
// the account (the password, asked in the shared confirmation dialog), then sign out.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { signOut } from "@/lib/browser-auth";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAsyncAction } from "@/components/ui/use-async-action";
import { api } from "@/lib/swr/api";

export function DownloadMyData() {
  return (
    <a
      href={api.users.exportUrl}
      download
      className="inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
    >
      Download my data
    </a>
  );
}

export function DeleteAccount() {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState("");
  const { pending, error, run } = useAsyncAction({ keepPendingOnSuccess: true });

  function confirm() {
    return run(async () => {
      await api.users.deleteMe({ password });
      // Every credential has ended; clear this tab's cookie and leave.
      await signOut({ redirect: false }).catch(() => undefined);
      router.replace("/login");
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <Button variant="danger" onClick={() => setAsking(true)}>
        Delete account
      </Button>
      {error && !asking ? <Alert>{error}</Alert> : null}
      <ConfirmDialog
        open={asking}
        title="Delete your account?"
        confirmLabel="Delete my account"
        cancelLabel="Keep my account"
        pendingLabel="Deleting…"
        pending={pending}
        onConfirm={confirm}
        onClose={() => {
          setAsking(false);
          setPassword("");
        }}
      >
        <p>
          Your friendships, friend requests, conversations (both sides) and settings are deleted and your open sessions are cancelled. Past sessions stay
          in your friends&apos; history as &ldquo;Deleted user&rdquo;. This cannot be undone.
        </p>
        <form
          className="mt-3 space-y-1"
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <label htmlFor="delete-password" className="block text-sm font-medium text-slate-700">
            Your password
          </label>
          <input
            id="delete-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
          />
          {error ? <Alert>{error}</Alert> : null}
        </form>
      </ConfirmDialog>
    </div>
  );
}
