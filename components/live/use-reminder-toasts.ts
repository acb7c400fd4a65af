"use client";

// "Your session with Bob starts in 10 minutes" (README, Scheduled sessions): the server
// announces a planned session shortly before it starts (a `session.updated` at T−10 min);
// a page that hears it shows one toast per session and planned time, except on that
// session's own waiting room, which already counts down.
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/lib/swr/api";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { STREAM_REMINDER_MS } from "@/lib/sessions/rules";
import type { SessionToast } from "@/components/live/session-toasts";

/** A reminder is heard this long before the start at most (with slack for clocks that differ a little). */
const REMINDER_AHEAD_MS = STREAM_REMINDER_MS + 30_000;

const waitingRoomPath = (sessionId: number) => `/sessions/${sessionId}`;

/** Minutes until the start, when the session is planned and starts soon; else null. */
export function minutesUntilStart(session: Pick<SessionResponse, "status" | "invitation" | "scheduled_for">, now: number): number | null {
  if (session.status !== "scheduled" || session.invitation !== "accepted" || !session.scheduled_for) return null;
  const ahead = Date.parse(session.scheduled_for) - now;
  if (ahead <= 0 || ahead > REMINDER_AHEAD_MS) return null;
  return Math.ceil(ahead / 60_000);
}

export function useReminderToasts(viewerId: number) {
  const [toasts, setToasts] = useState<SessionToast[]>([]);
  // One toast per session and planned time: a new time reminds again.
  const announced = useRef(new Set<string>());
  const pathname = usePathname();
  const pathRef = useRef(pathname);
  useEffect(() => {
    pathRef.current = pathname;
  }, [pathname]);

  const consider = useCallback(
    async (sessionId: number) => {
      if (pathRef.current === waitingRoomPath(sessionId)) return;
      const session = await api.sessions.get(sessionId).catch(() => null);
      const minutes = session && minutesUntilStart(session, Date.now());
      if (!session || minutes === null || pathRef.current === waitingRoomPath(sessionId)) return;
      const mark = `${sessionId}@${session.scheduled_for}`;
      if (announced.current.has(mark)) return;
      announced.current.add(mark);
      const other = session.initiator.id === viewerId ? session.participant : session.initiator;
      const message = `Your session with ${other.name} starts in ${minutes} minute${minutes === 1 ? "" : "s"}`;
      setToasts((current) => [...current.filter((toast) => toast.sessionId !== sessionId), { kind: "reminder", sessionId, name: other.name, message }]);
    },
    [viewerId],
  );

  const dismiss = (sessionId: number) => setToasts((current) => current.filter((toast) => toast.sessionId !== sessionId));

  return { toasts, consider, dismiss };
}
