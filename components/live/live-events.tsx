"use client";

// One event stream per tab (GET /api/v1/events). Each event revalidates exactly the SWR
// keys it names (lib/swr/live-keys.ts); `counts` updates the header directly; a
// friend's start shows a toast on every page. Reconnects with backoff; after a
// reconnect everything is refetched, since events may have been missed meanwhile.
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { mutate, useSWRConfig } from "swr";
import { apiFetch } from "@/lib/swr/fetcher";
import { COUNTS_KEY, keysForEvent, matchesLiveKeys } from "@/lib/swr/live-keys";
import { desktopNotificationsWanted } from "@/lib/swr/desktop-notifications";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { isActive } from "@/lib/sessions/rules";
import { SessionToasts, type SessionToast } from "@/components/live/session-toasts";

const EVENT_NAMES = ["session.updated", "message.created", "friend_request.updated", "friendship.updated", "counts", "resync"] as const;
const MAX_BACKOFF_MS = 30_000;
/** A start older than this (e.g. heard again after a reconnect) is not news. */
const FRESH_START_MS = 2 * 60_000;

/** useSWRInfinite's cache keys start with this; SWR's filtered mutate() skips them. */
const INFINITE_KEY = /^\$inf\$/;

export function LiveEvents({ viewerId }: { viewerId: number }) {
  const { cache } = useSWRConfig();
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
    setToasts((current) => current.filter((toast) => pathname !== `/sessions/${toast.sessionId}`));
  }

  const maybeAnnounce = useCallback(
    async (sessionId: number) => {
      if (announced.current.has(sessionId) || pathRef.current === `/sessions/${sessionId}`) return;
      const session = await apiFetch<SessionResponse>(`/api/v1/sessions/${sessionId}/`).catch(() => null);
      if (!session || !isActive(session.status) || session.started_by === null || session.started_by === viewerId) return;
      const youReady = session.initiator.id === viewerId ? session.initiator_ready : session.participant_ready;
      const fresh = session.started_at !== null && Date.now() - Date.parse(session.started_at) < FRESH_START_MS;
      if (youReady || !fresh || announced.current.has(sessionId)) return;
      announced.current.add(sessionId);
      const starter = session.started_by === session.initiator.id ? session.initiator : session.participant;
      setToasts((current) => [...current, { sessionId, starterName: starter.name }]);
      if (desktopNotificationsWanted() && document.visibilityState !== "visible") {
        const notification = new Notification(`${starter.name} started a session`, { body: "Open the waiting room to join.", tag: `pairline-session-${sessionId}` });
        notification.onclick = () => {
          window.focus();
          router.push(`/sessions/${sessionId}`);
          notification.close();
        };
      }
    },
    [viewerId, router],
  );

  useEffect(() => {
    let source: EventSource | null = null;
    let attempt = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let connectedBefore = false;

    // mutate(filter) never revalidates a paged list (useSWRInfinite, e.g. session
    // history), so those keys are looked up in the cache and revalidated one by one.
    const revalidateMatching = (matches: (key: string) => boolean) => {
      void mutate((key) => matches(key as string));
      for (const key of cache.keys()) if (INFINITE_KEY.test(key) && matches(key)) void mutate(key);
    };
    const revalidate = (name: string, data: Record<string, unknown>) => {
      const target = keysForEvent(name, data);
      if (target === "all") return revalidateMatching(() => true);
      if (target) revalidateMatching((key) => matchesLiveKeys(target, key));
    };

    const onEvent = (event: MessageEvent<string>) => {
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(event.data) as Record<string, unknown>;
      } catch {
        return;
      }
      if (event.type === "counts") return void mutate(COUNTS_KEY, data, { revalidate: false });
      revalidate(event.type, data);
      if (event.type === "session.updated" && Number.isInteger(data.session_id)) void maybeAnnounce(data.session_id as number);
    };

    const connect = () => {
      source = new EventSource("/api/v1/events");
      source.onopen = () => {
        // Whatever happened while disconnected was not heard: refetch everything.
        if (connectedBefore) revalidateMatching(() => true);
        connectedBefore = true;
        attempt = 0;
      };
      source.onerror = () => {
        // Take reconnection into our own hands (EventSource gives up for good on an
        // error status such as 429), with exponential backoff and jitter.
        source?.close();
        const delay = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** attempt) * (0.5 + Math.random() / 2);
        attempt += 1;
        retryTimer = setTimeout(connect, delay);
      };
      for (const name of EVENT_NAMES) source.addEventListener(name, onEvent as EventListener);
    };

    connect();
    return () => {
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [maybeAnnounce, cache]);

  return <SessionToasts toasts={toasts} onDismiss={(sessionId) => setToasts((current) => current.filter((toast) => toast.sessionId !== sessionId))} />;
}
