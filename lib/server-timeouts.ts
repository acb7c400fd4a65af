// The HTTP server's idle keep-alive timeout (README, Operations). Node closes an idle
// kept-alive connection after 5 s by default; a client or proxy (nginx, a load balancer:
// 60 s) that reuses it at that moment gets ECONNRESET on a request the server never saw.
// The server must therefore be the side that waits longest: KEEP_ALIVE_TIMEOUT_MS, above
// any client's idle timeout, with the headers timeout above it (Node measures that one
// from the start of a request, but older Nodes and proxies' docs insist, and it costs
// nothing).
//
// `next start` creates its server out of our reach and only offers `--keepAliveTimeout`
// on its command line, which cannot read lib/env.ts. Node announces every request on the
// `http.server.request.start` diagnostics channel with the server that received it: the
// first one sets the server's timeouts, before its response ends, which is when Node
// arms the keep-alive timer. This also covers the standalone server and `next dev`.
import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { env } from "@/lib/env";

type RequestStart = { server: Server; request: IncomingMessage; response: ServerResponse };

/**
 * After SIGTERM a response that was in flight keeps its connection only this long: Node's
 * server.close() (which `next start` waits on) ends idle connections but not those that
 * become idle later, and with a 65 s keep-alive the drain would wait for the shutdown deadline.
 */
const DRAINING_KEEP_ALIVE_MS = 1_000;

const holder = globalThis as typeof globalThis & { __pairlineServers?: { seen: Set<Server>; draining: boolean } };
const state = (holder.__pairlineServers ??= { seen: new Set(), draining: false });

/** Applies KEEP_ALIVE_TIMEOUT_MS to every HTTP server of this process (from instrumentation.ts, once). */
export function installServerTimeouts(): void {
  const keepAliveTimeout = env().KEEP_ALIVE_TIMEOUT_MS;
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const { server, response } = message as RequestStart;
    // A request that starts while draining is answered with `Connection: close`, so its client does not reuse the connection.
    if (state.draining) response.shouldKeepAlive = false;
    if (state.seen.has(server)) return;
    state.seen.add(server);
    server.keepAliveTimeout = state.draining ? DRAINING_KEEP_ALIVE_MS : keepAliveTimeout;
    server.headersTimeout = keepAliveTimeout + 1_000;
  });
}

/** Shutdown began (lib/shutdown.ts): connections close soon after their last response instead of idling on. */
export function drainKeepAlive(): void {
  state.draining = true;
  for (const server of state.seen) server.keepAliveTimeout = DRAINING_KEEP_ALIVE_MS;
}
