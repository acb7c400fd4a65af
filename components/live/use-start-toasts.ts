"use client";

// "Alice started a session" (README, Live updates): which starts are news, the toasts shown,
// and the opt-in desktop notification. Whether the session waits for you is the server's
// `waiting_for_you`; what stays here is UI state: a toast names the friend who started it,
// only for a fresh start, once, and not on that session's own waiting room.
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/lib/swr/api";
import { desktopNotificationsWanted } from "@/lib/swr/desktop-notifications";
import type { SessionResponse } from "@/lib/sessions/schemas";
import type { SessionToast } from "@/components/live/session-toasts";

/** A start older than this (e.g. heard again after a reconnect) is not news. */
const FRESH_START_MS = 2 * 60_000;

const waitingRoomPath = (sessionId: number) => `/sessions/${sessionId}`;

/** The friend who started the session just now and is waiting for you, or null. */
function freshStarter(session: SessionResponse, viewerId: number) {
  if (!session.waiting_for_you || session.started_at === null || Date.now() - Date.parse(session.started_at) >= FRESH_START_MS) return null;
  const starter = [session.initiator, session.participant].find((person) => person.id === session.started_by);
  return starter && starter.id !== viewerId ? starter : null;
}

function notifyDesktop(sessionId: number, starterName: string, open: (path: string) => void) {
  if (!desktopNotificationsWanted() || document.visibilityState === "visible") return;
  const notification = new Notification(`${starterName} started a session`, { body: "Open the waiting room to join.", tag: `pairline-session-${sessionId}` });
  notification.onclick = () => {
    window.focus();
    open(waitingRoomPath(sessionId));
    notification.close();
  };
}

export function useStartToasts(viewerId: number) {
  const [toasts, setToasts] = useState<SessionToast[]>([]);
  const announced = useRef(new Set<number>());
  const pathname = usePathname();
  const pathRef = useRef(pathname);
  const router = useRouter();
  useEffect(() => {
    pathRef.current = pathname;
  }, [pathname]);
  // Being in the waiting room answers its toast (state adjusted while rendering, as React
  // recommends for state that follows a prop).
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setToasts((current) => current.filter((toast) => pathname !== waitingRoomPath(toast.sessionId)));
  }

  /** A session changed: announce it if a friend has just started it and waits for you. */
  const consider = useCallback(
    async (sessionId: number) => {
      const skip = () => announced.current.has(sessionId) || pathRef.current === waitingRoomPath(sessionId);
      if (skip()) return;
      const session = await api.sessions.get(sessionId).catch(() => null);
      const starter = session && freshStarter(session, viewerId);
      if (!starter || skip()) return;
      announced.current.add(sessionId);
      setToasts((current) => [...current, { sessionId, starterName: starter.name }]);
      notifyDesktop(sessionId, starter.name, (path) => router.push(path));
    },
    [viewerId, router],
  );

  const dismiss = (sessionId: number) => setToasts((current) => current.filter((toast) => toast.sessionId !== sessionId));

  return { toasts, consider, dismiss };
}
