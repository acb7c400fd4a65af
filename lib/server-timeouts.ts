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
import type { Server } from "node:http";
import { env } from "@/lib/env";

type RequestStart = { server: Server };

/** Applies KEEP_ALIVE_TIMEOUT_MS to every HTTP server of this process (from instrumentation.ts, once). */
export function installServerTimeouts(): void {
  const keepAliveTimeout = env().KEEP_ALIVE_TIMEOUT_MS;
  const timeouts = { keepAliveTimeout, headersTimeout: keepAliveTimeout + 1_000 };
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const { server } = message as RequestStart;
    if (server.keepAliveTimeout !== keepAliveTimeout) Object.assign(server, timeouts);
  });
}
