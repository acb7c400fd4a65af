"use client";

import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { api } from "@/lib/swr/api";

/** The unsubscribe page's one action: the same POST a mail program's one-click button sends. */
export function UnsubscribeButton({ token, label }: { token: string; label: string }) {
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <p role="status" className="text-sm text-emerald-800">
        Done: you will no longer get email about {label}. You can turn it back on in your settings.
      </p>
    );
  }
  return (
    <ActionButton
      variant="primary"
      pendingLabel="Unsubscribing…"
      onAction={async () => {
        await api.unsubscribe(token);
        setDone(true);
      }}
    >
      Unsubscribe
    </ActionButton>
  );
}
