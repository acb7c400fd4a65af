"use client";

import { signOut } from "@/lib/browser-auth";
import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { apiFetch } from "@/lib/swr/fetcher";

export function SignOutEverywhere() {
  const router = useRouter();
  return (
    <ActionButton
      variant="danger"
      pendingLabel="Signing out everywhere…"
      keepPendingOnSuccess
      onAction={async () => {
        await apiFetch("/api/v1/auth/sign-out-everywhere", { method: "POST" });
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
