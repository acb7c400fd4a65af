"use client";

import { useRouter } from "next/navigation";
import { ApiError, apiFetch } from "@/lib/swr/fetcher";
import { ActionButton } from "@/components/ui/action-button";

/** Creates a session with a friend and opens its waiting room (or the one already open). */
export function StartSessionButton({ friend }: { friend: { id: number; name: string } }) {
  const router = useRouter();

  async function start() {
    let sessionId: number;
    try {
      sessionId = (await apiFetch<{ id: number }>("/api/v1/sessions/create/", { method: "POST", body: { participant_id: friend.id } })).id;
    } catch (error) {
      // One open session per pair: take the person to the one that exists.
      const existing = error instanceof ApiError && error.code === "open_session_exists" ? Number(error.body.session_id) : NaN;
      if (!Number.isInteger(existing) || existing <= 0) throw error;
      sessionId = existing;
    }
    router.push(`/sessions/${sessionId}`);
  }

  return (
    <ActionButton onAction={start} pendingLabel="Starting…" variant="primary" keepPendingOnSuccess>
      Start session
    </ActionButton>
  );
}
