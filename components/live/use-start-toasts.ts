"use client";

// Session toasts (README, Live updates): "Alice started a session" while it waits for you,
// and "Alice cancelled the session" when the other person calls it off. Which changes are
// news is components/live/session-news.ts (from the server's DTO); what stays here is UI
// state: each toast once, gone as soon as its session no longer waits for you, and none on
// that session's own waiting room. Plus the opt-in desktop notification for a start.
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/lib/swr/api";
import { desktopNotificationsWanted } from "@/lib/swr/desktop-notifications";
import type { SessionToast } from "@/components/live/session-toasts";
import { freshFinishByOther, freshStarter } from "@/components/live/session-news";

/** How long "Alice cancelled the session" stays: it asks nothing of you. */
const FINISH_TOAST_MS = 8_000;

const waitingRoomPath = (sessionId: number) => `/sessions/${sessionId}`;

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
  const toastsRef = useRef(toasts);
  const announced = useRef(new Set<string>());
  // The newest state seen per session: a slow answer about an older state must not undo a newer one.
  const newest = useRef(new Map<number, string>());
  const pathname = usePathname();
  const pathRef = useRef(pathname);
  const router = useRouter();
  useEffect(() => {
    pathRef.current = pathname;
    toastsRef.current = toasts;
  }, [pathname, toasts]);
  // Being in the waiting room answers its toast (state adjusted while rendering, as React
  // recommends for state that follows a prop).
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setToasts((current) => current.filter((toast) => pathname !== waitingRoomPath(toast.sessionId)));
  }

  const dismiss = useCallback((sessionId: number) => setToasts((current) => current.filter((toast) => toast.sessionId !== sessionId)), []);

  /** A session changed: drop its toast if it no longer waits for you, and announce news. */
  const consider = useCallback(
    async (sessionId: number) => {
      const onItsPage = () => pathRef.current === waitingRoomPath(sessionId);
      const hasToast = toastsRef.current.some((toast) => toast.sessionId === sessionId);
      if (!hasToast && onItsPage()) return;
      const session = await api.sessions.get(sessionId).catch(() => null);
      if (!session) return;
      const seen = newest.current.get(sessionId);
      if (seen && Date.parse(seen) > Date.parse(session.updated_at)) return;
      newest.current.set(sessionId, session.updated_at);
      const starter = freshStarter(session, viewerId);
      const finish = freshFinishByOther(session, viewerId);
      setToasts((current) => {
        // A start toast lives only while the session waits for you.
        let next = starter ? current : current.filter((toast) => !(toast.sessionId === sessionId && toast.kind === "started"));
        if (onItsPage()) return next;
        if (starter && !announced.current.has(`started:${sessionId}`)) {
          announced.current.add(`started:${sessionId}`);
          next = [...next, { kind: "started", sessionId, name: starter.name }];
        }
        if (finish && !announced.current.has(`finished:${sessionId}`)) {
          announced.current.add(`finished:${sessionId}`);
          next = [...next, { kind: "finished", sessionId, name: finish.name, verb: finish.verb }];
        }
        return next;
      });
      if (starter && !announced.current.has(`notified:${sessionId}`)) {
        announced.current.add(`notified:${sessionId}`);
        notifyDesktop(sessionId, starter.name, (path) => router.push(path));
      }
    },
    [viewerId, router],
  );

  // A finish toast says its piece and goes.
  useEffect(() => {
    const finished = toasts.filter((toast) => toast.kind === "finished");
    if (finished.length === 0) return;
    const timer = setTimeout(() => setToasts((current) => current.filter((toast) => toast.kind !== "finished" || !finished.includes(toast))), FINISH_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toasts]);

  return { toasts, consider, dismiss };
}
