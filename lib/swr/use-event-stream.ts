"use client";

// The tab's one event stream (GET /events, README, Live updates): each event it hears,
// checked against the event list, goes to `onEvent`. Reconnects with backoff; `onReconnect`
// runs when a connection opens again, since events may have been missed meanwhile.
import { useEffect, useRef } from "react";
import { api } from "@/lib/swr/api";
import { fetcher } from "@/lib/swr/fetcher";
import { LIVE_EVENT_NAMES, readLiveEvent } from "@/lib/live/event-names";
import type { LiveEvent } from "@/lib/live/event-schemas";

const MAX_BACKOFF_MS = 30_000;
/** A tab that changed the password signs itself in again within this; only then is a 401 news. */
const RESIGN_GRACE_MS = 1_500;

/**
 * The server ends a revoked sign-in's stream at once (a password change, sign out
 * everywhere): ask now whether this page is still signed in, so it says so in a moment
 * rather than at its next poll. A 401 twice, a grace apart, marks it (lib/swr/fetcher.ts):
 * the tab that changed the password is signed out too until it signs in again.
 */
async function checkStillSignedIn(): Promise<void> {
  const first = await fetch(api.users.countsKey, { credentials: "same-origin" }).catch(() => null);
  if (first?.status !== 401) return;
  await new Promise((resolve) => setTimeout(resolve, RESIGN_GRACE_MS));
  await fetcher(api.users.countsKey).catch(() => undefined);
}

type Handlers = { onEvent: (event: LiveEvent) => void; onReconnect: () => void };

export function useEventStream(handlers: Handlers): void {
  // The latest handlers, so that new ones do not reopen the stream.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let attempt = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let connectedBefore = false;

    const onMessage = (message: MessageEvent<string>) => {
      const event = readLiveEvent(message.type, message.data);
      if (event) latest.current.onEvent(event);
    };

    const connect = () => {
      source = new EventSource(api.eventsUrl);
      source.onopen = () => {
        if (connectedBefore) latest.current.onReconnect();
        connectedBefore = true;
        attempt = 0;
      };
      source.onerror = () => {
        // Take reconnection into our own hands (EventSource gives up for good on an
        // error status such as 429), with exponential backoff and jitter.
        source?.close();
        void checkStillSignedIn();
        const delay = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** attempt) * (0.5 + Math.random() / 2);
        attempt += 1;
        retryTimer = setTimeout(connect, delay);
      };
      for (const name of LIVE_EVENT_NAMES) source.addEventListener(name, onMessage as EventListener);
    };

    connect();
    return () => {
      clearTimeout(retryTimer);
      source?.close();
    };
  }, []);
}
