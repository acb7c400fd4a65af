"use client";

import { useRouter } from "next/navigation";
import { startSessionWith } from "@/lib/swr/start-session-with";
import { ActionButton } from "@/components/ui/action-button";

/**
 * One click: creates the session with a friend and starts it (or starts the pair's open
 * session if it is still pending), then opens the waiting room (README, Pages).
 */
export function StartSessionButton({ friend }: { friend: { id: number; name: string } }) {
  const router = useRouter();

  async function start() {
    const sessionId = await startSessionWith(friend.id);
    router.push(`/sessions/${sessionId}`);
  }

  return (
    <ActionButton onAction={start} pendingLabel="Starting…" variant="primary" keepPendingOnSuccess>
      Start session
    </ActionButton>
  );
}
