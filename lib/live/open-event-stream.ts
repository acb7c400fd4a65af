// GET /api/v1/events: the signed-in user's live-update stream (README, Live updates). Takes a
// lease first (the per-user limit, README: Abuse limits), then streams until the client leaves, the
// user's tokens are revoked, or the server shuts down.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { serviceUnavailable } from "@/lib/errors";
import { isShuttingDown } from "@/lib/shutdown";
import { acquireStreamLease } from "@/lib/live/stream-leases";
import { eventHub, type StreamClient } from "@/lib/live/event-hub";
import { sseComment, sseEvent, sseRetry } from "@/lib/live/sse";
import { logger } from "@/lib/log";
import { isOnline } from "@/lib/presence/is-online";
import { announcePresence } from "@/lib/presence/announce-presence";

/** setTimeout's longest delay (about 24.8 days); a credential valid for longer is checked again on reconnect. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** How long a browser's own EventSource waits before reconnecting after a drop. */
const CLIENT_RETRY_MS = 2_000;

export async function openEventStream({
  db,
  userId,
  tokenVersion,
  credentialExpiresAt,
  signal,
}: {
  db: Db;
  userId: number;
  /** The token version the caller authenticated with (a newer one ends the stream). */
  tokenVersion: number;
  /** When the caller's credential expires: the stream ends then, and the client must sign in again to reconnect. */
  credentialExpiresAt: number | null;
  signal: AbortSignal;
}): Promise<ReadableStream<Uint8Array>> {
  // A stream opened now would only be cut again: send the client to another instance.
  if (isShuttingDown()) throw serviceUnavailable("This server is shutting down; reconnect in a few seconds.");
  const config = env();
  // Coming online is news for friends; a reload within the grace period is not (README, Presence).
  const wasOnline = await isOnline({ db, userId });
  const leaseId = await acquireStreamLease({ db, userId, limit: config.EVENT_STREAMS_PER_USER, leaseSeconds: config.EVENT_STREAM_LEASE_SECONDS });
  if (!wasOnline) {
    await announcePresence({ db, userId }).catch((error: unknown) => logger().error({ err: error, user_id: userId }, "event stream: could not announce presence"));
  }
  const hub = eventHub();
  let client: StreamClient | undefined;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const write = (chunk: Uint8Array) => {
        if (closed) return;
        try {
          controller.enqueue(chunk);
        } catch {
          finish();
        }
      };
      let expiryTimer: NodeJS.Timeout | undefined;
      const finish = () => {
        if (closed) return;
        closed = true;
        clearTimeout(expiryTimer);
        signal.removeEventListener("abort", finish);
        hub.remove(client!);
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the client.
        }
      };
      client = {
        leaseId,
        userId,
        tokenVersion,
        send: (name, data) => write(sseEvent(name, data)),
        comment: (text) => write(sseComment(text)),
        close: finish,
      };
      // Headers leave with the first chunk: send one at once so the client knows it is connected.
      write(sseComment("connected"));
      write(sseRetry(CLIENT_RETRY_MS));
      hub.add(client);
      signal.addEventListener("abort", finish);
      if (signal.aborted) return finish();
      if (credentialExpiresAt !== null) expiryTimer = setTimeout(finish, Math.min(MAX_TIMER_MS, Math.max(0, credentialExpiresAt - Date.now())));
      void hub.sendInitialCounts(client).catch((error: unknown) => logger().error({ err: error, user_id: userId }, "event stream: could not send counts"));
    },
    cancel() {
      // The client went away.
      client?.close();
    },
  });
}
