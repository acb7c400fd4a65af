"use client";

import { joinMeeting } from "@/lib/swr/join-meeting";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { ActionButton } from "@/components/ui/action-button";
import { ButtonLink } from "@/components/ui/button-link";

/** The one thing to do with an open session: Join meeting when you may, else go to its waiting room. */
export function OpenSessionButton({ session, onJoined }: { session: Pick<SessionResponse, "id" | "can_join">; onJoined?: () => unknown }) {
  if (session.can_join) {
    return (
      <ActionButton
        variant="primary"
        pendingLabel="Opening…"
        onAction={async () => {
          await joinMeeting(session.id);
          await onJoined?.();
        }}
      >
        Join meeting
      </ActionButton>
    );
  }
  return (
    <ButtonLink href={`/sessions/${session.id}`} variant="primary">
      Open waiting room
    </ButtonLink>
  );
}
