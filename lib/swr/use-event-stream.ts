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
        // The server ends a revoked sign-in's stream at once (a password change, sign out
        // everywhere): ask now whether we are still signed in, so the page says so in a
        // moment rather than at its next poll (a 401 marks it, lib/swr/fetcher.ts).
        void fetcher(api.users.countsKey).catch(() => undefined);
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
