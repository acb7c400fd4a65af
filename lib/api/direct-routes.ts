// The waiting room's poll, served without Next's router (README, Capacity, "Mixed load").
// Next spends ~2 ms of CPU on any request before a route handler runs (routing, rewrites,
// header rules, tracing, its request wrappers): at 250 polls a second that alone is half
// a core, and it was what kept one instance from holding 1,000 users. A poll needs none
// of it, so a GET of a listed path goes straight to the route's own exported handler
// (the same declaration, authentication, ETag, log line and metrics), with the headers
// next.config.mjs would have added. Anything else, and any path that needs Next's
// rewrites (a trailing slash, /v1/...), goes to Next as before.
//
// Like lib/server-timeouts.ts, this reaches the server Next created through Node's
// `http.server.request.start` channel: the first request a server announces wraps its
// request listener, before that very request is emitted.
import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from "node:http";
import { NextRequest } from "next/server";
import { STATIC_SECURITY_HEADERS } from "@/lib/security/headers.mjs";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/api/respond";
import { servingRoute } from "@/lib/api/request-log";
import { logger } from "@/lib/log";

type Params = Record<string, string>;
type Handler = (req: NextRequest, context: { params: Promise<Params> }) => Promise<Response>;

export type DirectRoute = {
  /** The route file's pattern, as Next names it in the log and the metrics. */
  route: string;
  /** The exact paths served directly; its named groups are the route's params. */
  path: RegExp;
  GET: Handler;
};

/**
 * A route file's GET, served directly at its pattern (`/api/v1/sessions/[id]/poll`): a
 * `[param]` segment matches digits only (record ids); any other path goes to Next.
 */
export function directRoute(route: string, GET: Handler): DirectRoute {
  const segments = route.split("/").map((segment) => {
    const param = /^\[(\w+)\]$/.exec(segment)?.[1];
    return param ? `(?<${param}>[0-9]+)` : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return { route, path: new RegExp(`^${segments.join("/")}$`), GET };
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const holder = globalThis as typeof globalThis & { __pairlineDirectRoutes?: { routes: DirectRoute[]; wrapped: WeakSet<Server> } };

/** Serves `routes` directly on every HTTP server of this process (from instrumentation.ts, once). */
export function serveDirectly(routes: DirectRoute[]): void {
  if (holder.__pairlineDirectRoutes) {
    holder.__pairlineDirectRoutes.routes = routes;
    return;
  }
  const state = (holder.__pairlineDirectRoutes = { routes, wrapped: new WeakSet<Server>() });
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const { server } = message as { server: Server };
    if (state.wrapped.has(server)) return;
    state.wrapped.add(server);
    wrapRequestListeners(server, (req, res) => dispatch(state.routes, req, res));
  });
}

/** Puts `direct` in front of the server's request listeners: they run only for what it declines. */
export function wrapRequestListeners(server: Server, direct: (req: IncomingMessage, res: ServerResponse) => boolean): void {
  const listeners = server.listeners("request") as Listener[];
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (direct(req, res)) return;
    for (const listener of listeners) listener.call(server, req, res);
  });
}

/** Whether the request was taken (and will be answered) here. */
export function dispatch(routes: DirectRoute[], req: IncomingMessage, res: ServerResponse): boolean {
  // A request with a body is Next's to read, whatever its method.
  if (req.method !== "GET" || req.headers["content-length"] || req.headers["transfer-encoding"]) return false;
  const url = req.url ?? "";
  const queryAt = url.indexOf("?");
  const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
  for (const route of routes) {
    const match = route.path.exec(pathname);
    if (!match) continue;
    void serve(route, { ...match.groups }, req, res);
    return true;
  }
  return false;
}

/** The request as Next hands it to a route: its absolute URL, and the x-forwarded-* headers it fills in when absent. */
function nextRequestOf(req: IncomingMessage): NextRequest {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  const socket = req.socket as IncomingMessage["socket"] & { encrypted?: boolean };
  const sentProto = headers.get("x-forwarded-proto");
  const https = sentProto ? sentProto === "https" : Boolean(socket.encrypted);
  const host = headers.get("host") ?? `localhost:${socket.localPort}`;
  if (!headers.has("x-forwarded-host")) headers.set("x-forwarded-host", host);
  if (!headers.has("x-forwarded-port")) headers.set("x-forwarded-port", String(socket.localPort ?? (https ? 443 : 80)));
  if (!headers.has("x-forwarded-proto")) headers.set("x-forwarded-proto", https ? "https" : "http");
  if (!headers.has("x-forwarded-for") && socket.remoteAddress) headers.set("x-forwarded-for", socket.remoteAddress);
  return new NextRequest(`${https ? "https" : "http"}://${host}${req.url}`, { method: "GET", headers });
}

async function serve(route: DirectRoute, params: Params, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    await write(res, await servingRoute(route.route, () => route.GET(nextRequestOf(req), { params: Promise.resolve(params) })));
  } catch (error) {
    // The route's own wrapper maps every error it can; only a failure around it lands here.
    logger().error({ err: error, route: route.route }, "direct route failed");
    if (res.headersSent) res.destroy();
    else await write(res, errorResponse(new AppError("internal_error"))).catch(() => res.destroy());
  }
}

/** The headers next.config.mjs gives every API response. */
const API_HEADERS: OutgoingHttpHeaders = Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]));

/** Writes a route's answer with the API's fixed headers. */
async function write(res: ServerResponse, response: Response): Promise<void> {
  const headers: OutgoingHttpHeaders = { ...API_HEADERS };
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  res.writeHead(response.status, headers);
  res.end(body);
}
