"use client";

// "Your session with Bob starts in 10 minutes" (README, Scheduled sessions): the server
// sends `session.reminder` once, 10 minutes before an accepted planned session; every open
// page shows it as a toast, except that session's own waiting room, which counts down.
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/lib/swr/api";
import type { SessionResponse } from "@/lib/sessions/schemas";
import type { SessionToast } from "@/components/live/session-toasts";

const waitingRoomPath = (sessionId: number) => `/sessions/${sessionId}`;

/** The toast's words for a planned session at `now` (minutes rounded up), or null once it is no longer planned. */
export function reminderText(session: Pick<SessionResponse, "status" | "scheduled_for">, otherName: string, now: number): string | null {
  if (session.status !== "scheduled" || !session.scheduled_for) return null;
  const minutes = Math.ceil((Date.parse(session.scheduled_for) - now) / 60_000);
  if (minutes <= 0) return `Your session with ${otherName} is starting now`;
  return `Your session with ${otherName} starts in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function useReminderToasts(viewerId: number) {
  const [toasts, setToasts] = useState<SessionToast[]>([]);
  // One toast per session and planned time (a reconnect may hear it again; a new time reminds again).
  const announced = useRef(new Set<string>());
  const pathname = usePathname();
  const pathRef = useRef(pathname);
  useEffect(() => {
    pathRef.current = pathname;
  }, [pathname]);

  /** The server says this session starts soon: toast it, unless this page is its waiting room. */
  const remind = useCallback(
    async (sessionId: number) => {
      if (pathRef.current === waitingRoomPath(sessionId)) return;
      const session = await api.sessions.get(sessionId).catch(() => null);
      if (!session || pathRef.current === waitingRoomPath(sessionId)) return;
      const other = session.initiator.id === viewerId ? session.participant : session.initiator;
      const message = reminderText(session, other.name, Date.now());
      const mark = `${sessionId}@${session.scheduled_for}`;
      if (!message || announced.current.has(mark)) return;
      announced.current.add(mark);
      setToasts((current) => [...current.filter((toast) => toast.sessionId !== sessionId), { kind: "reminder", sessionId, name: other.name, message }]);
    },
    [viewerId],
  );

  const dismiss = (sessionId: number) => setToasts((current) => current.filter((toast) => toast.sessionId !== sessionId));

  return { toasts, remind, dismiss };
}
