"use client";

// Invitation links on /friends: create one, copy it, revoke it (README, Invitations).
import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Time } from "@/components/ui/time";
import { useInvites } from "@/lib/swr/use-invites";
import { api } from "@/lib/swr/api";
import type { InviteResponse } from "@/lib/invites/schemas";

function CopyButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <ActionButton
      pendingLabel="Copying…"
      onAction={async () => {
        await navigator.clipboard.writeText(url);
        setCopied(true);
      }}
    >
      {copied ? "Copied" : "Copy link"}
    </ActionButton>
  );
}

function InviteLine({ invite, onRevoked }: { invite: InviteResponse; onRevoked: () => Promise<unknown> }) {
  return (
    <li className="flex flex-wrap items-center gap-2 py-2">
      <input readOnly value={invite.url} aria-label="Invitation link" className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" />
      <span className="text-xs text-slate-600">
        {invite.uses}/{invite.max_uses} used · until <Time value={invite.expires_at} />
      </span>
      <CopyButton url={invite.url} />
      <ActionButton
        variant="danger"
        pendingLabel="Revoking…"
        onAction={async () => {
          await api.invites.revoke(invite.id);
          await onRevoked();
        }}
      >
        Revoke
      </ActionButton>
    </li>
  );
}

export function InviteLinks() {
  const { data, mutate } = useInvites();
  return (
    <section aria-labelledby="invite-links" className="space-y-3">
      <h2 id="invite-links" className="text-lg font-semibold">
        Invite a friend
      </h2>
      <p className="text-sm text-slate-600">Whoever signs up through your link becomes your friend at once. A link works for 14 days and 20 sign-ups.</p>
      <ActionButton
        variant="primary"
        pendingLabel="Creating…"
        onAction={async () => {
          await api.invites.create();
          await mutate();
        }}
      >
        Create invitation link
      </ActionButton>
      {data && data.length > 0 ? (
        <ul className="divide-y divide-slate-100">
          {data.map((invite) => (
            <InviteLine key={invite.id} invite={invite} onRevoked={mutate} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
