"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ActionButton } from "@/components/ui/action-button";
import { removeFriend } from "@/components/friends/friend-actions";

/** Unfriend, behind a confirmation that says what else happens. */
export function UnfriendButton({ friend }: { friend: { id: number; name: string } }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button type="button" variant="danger" className="px-3 py-1.5" onClick={() => setConfirming(true)}>
        Unfriend
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Confirm unfriending ${friend.name}`} className="flex w-full flex-wrap items-start gap-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
      <p className="w-full text-red-900">
        Remove {friend.name} from your friends? Any open session between you is cancelled. Your chat history is kept.
      </p>
      <ActionButton variant="danger" onAction={() => removeFriend(friend.id)} pendingLabel="Removing…">
        Yes, unfriend
      </ActionButton>
      <Button type="button" variant="secondary" className="px-3 py-1.5" onClick={() => setConfirming(false)}>
        Keep as friend
      </Button>
    </div>
  );
}
