// Per-request bookkeeping for the API wrappers: the request id (the caller's
// X-Request-Id when it is a sane token, else a fresh one), echoed on the response, and
// one JSON log line when the response is ready. No I/O besides that one log write: the
// waiting room's poll goes through here several times a second.
import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { logger } from "@/lib/log";
import { metrics } from "@/lib/metrics/registry";

export type RequestScope = {
  id: string;
  startedAt: number;
  userId: number | null;
  /** Health probes log at debug: a load balancer asks every few seconds. */
  quiet: boolean;
};

const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

export function beginRequest(req: Request, quiet = false): RequestScope {
  const sent = req.headers.get("x-request-id");
  return {
    id: sent !== null && SANE_REQUEST_ID.test(sent) ? sent : crypto.randomUUID(),
    startedAt: performance.now(),
    userId: null,
    quiet,
  };
}

/** The route a request served without Next's router belongs to (lib/api/direct-routes.ts). */
const directRoute = new AsyncLocalStorage<string>();

/** Runs `serve` as a request of the route file `route` (its pattern), for the log line and metrics. */
export function servingRoute<T>(route: string, serve: () => T): T {
  return directRoute.run(route, serve);
}

/**
 * The route file's pattern (`/api/v1/sessions/[id]/start`), as Next itself records it
 * for the request it is serving (its work store's `route`); free to read, and never the
 * concrete path, which could carry ids people care about.
 */
function routePattern(): string {
  return directRoute.getStore() ?? workAsyncStorage.getStore()?.route ?? "unknown";
}

/** Stamps the request id on the response and writes the request's log line. */
export function finishRequest(req: Request, scope: RequestScope, response: Response): Response {
  let answer = response;
  try {
    answer.headers.set("x-request-id", scope.id);
  } catch {
    // Immutable headers (a Response from fetch or Response.redirect): copy once.
    answer = new Response(response.body, response);
    answer.headers.set("x-request-id", scope.id);
  }
  const route = routePattern();
  const durationMs = performance.now() - scope.startedAt;
  metrics().requestDuration.observe({ route, method: req.method, status: String(answer.status) }, durationMs / 1000);
  const line = {
    request_id: scope.id,
    method: req.method,
    route,
    status: answer.status,
    duration_ms: Math.round(durationMs * 10) / 10,
    user_id: scope.userId,
  };
  if (scope.quiet) logger().debug(line, "request");
  else logger().info(line, "request");
  return answer;
}
