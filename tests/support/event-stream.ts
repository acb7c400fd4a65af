// A Server-Sent Events client for the API tests: opens GET /api/v1/events with a bearer
// token or a cookie, parses the stream as it arrives, and waits for events.
import { baseUrl } from "./api-client";
import { readServerSentEvents, type ReceivedEvent } from "./sse-reader";

export type { ReceivedEvent };

export type EventStream = {
  status: number;
  headers: Headers;
  /** The JSON body of a refused stream. */
  body: any;
  events: ReceivedEvent[];
  comments: { text: string; at: number }[];
  openedAt: number;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  isEnded: () => boolean;
  waitFor: (predicate: (event: ReceivedEvent) => boolean, timeoutMs?: number, what?: string) => Promise<ReceivedEvent>;
  waitForComment: (predicate: (text: string) => boolean, timeoutMs?: number) => Promise<void>;
  close: () => void;
};

export async function openEventStream({ token, cookie, url = baseUrl() }: { token?: string; cookie?: string; url?: string } = {}): Promise<EventStream> {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: "text/event-stream" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (cookie) headers.cookie = cookie;
  const openedAt = Date.now();
  const response = await fetch(`${url}/api/v1/events`, { headers, signal: controller.signal });
  const events: ReceivedEvent[] = [];
  const comments: { text: string; at: number }[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };
  let ended = false;

  const isStream = response.ok && (response.headers.get("content-type") ?? "").startsWith("text/event-stream");
  let body: any = undefined;
  let endedPromise: Promise<void> = Promise.resolve();
  if (!isStream) {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
    ended = true;
  } else {
    endedPromise = (async () => {
      try {
        await readServerSentEvents(response.body!, {
          onEvent: (event) => {
            events.push(event);
            notify();
          },
          onComment: (text, at) => {
            comments.push({ text, at });
            notify();
          },
        });
      } finally {
        ended = true;
        notify();
      }
    })();
  }

  function waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const found = check();
        if (found !== undefined) {
          cleanup();
          resolve(found);
        } else if (ended) {
          cleanup();
          reject(new Error(`the stream ended before ${what}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; got ${JSON.stringify(events.map((event) => [event.name, event.data]))}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(attempt);
      };
      waiters.add(attempt);
      attempt();
    });
  }

  return {
    status: response.status,
    headers: response.headers,
    body,
    events,
    comments,
    openedAt,
    ended: endedPromise,
    isEnded: () => ended,
    waitFor: (predicate, timeoutMs = 3_000, what = "an event") => waitUntil(() => events.find(predicate), timeoutMs, what),
    waitForComment: async (predicate, timeoutMs = 3_000) => {
      await waitUntil(() => (comments.some((comment) => predicate(comment.text)) ? true : undefined), timeoutMs, "a comment");
    },
    close: () => controller.abort(),
  };
}
