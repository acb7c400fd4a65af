"use client";

// Sign out everywhere asks first, like End, Cancel and Unfriend: it signs out every
// browser and app, this one too. The sign-in page then says why (lib/accounts/sign-out-reasons.ts).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { signOut } from "@/lib/browser-auth";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { api } from "@/lib/swr/api";
import { errorMessage } from "@/lib/swr/fetcher";

export function SignOutEverywhere() {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await api.auth.signOutEverywhere();
    } catch (caught) {
      setPending(false);
      setAsking(false);
      setError(errorMessage(caught, "Could not sign out everywhere. Try again."));
      return;
    }
    // This tab's cookie is revoked too; clear it and start again from the sign-in page.
    await signOut({ redirect: false }).catch(() => undefined);
    router.replace("/login?reason=signed_out_everywhere");
    router.refresh();
  }

  return (
    <div className="space-y-2">
      {error ? <Alert>{error}</Alert> : null}
      <Button variant="danger" onClick={() => setAsking(true)} disabled={pending}>
        {pending ? "Signing out everywhere…" : "Sign out everywhere"}
      </Button>
      <ConfirmDialog
        open={asking}
        title="Sign out everywhere?"
        confirmLabel="Yes, sign out everywhere"
        cancelLabel="Stay signed in"
        pendingLabel="Signing out everywhere…"
        pending={pending}
        onConfirm={confirm}
        onClose={() => setAsking(false)}
      >
        Every browser and app signed in to your account is signed out, this one too, and every API token stops working. You sign in again with your password.
      </ConfirmDialog>
    </div>
  );
}
