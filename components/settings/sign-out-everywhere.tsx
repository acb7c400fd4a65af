"use client";

import { signOut } from "@/lib/browser-auth";
import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { api } from "@/lib/swr/api";

export function SignOutEverywhere() {
  const router = useRouter();
  return (
    <ActionButton
      variant="danger"
      pendingLabel="Signing out everywhere…"
      keepPendingOnSuccess
      onAction={async () => {
        await api.auth.signOutEverywhere();
        // This tab's cookie is revoked too; clear it and start again from the sign-in page.
        await signOut({ redirect: false }).catch(() => undefined);
        router.replace("/login");
        router.refresh();
      }}
    >
      Sign out everywhere
    </ActionButton>
  );
}
