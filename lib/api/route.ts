// The wrappers every API route goes through: the request id and log line, authentication,
// CSRF for cookie writes, the inputs the route declares (path ids, query, body: see
// lib/api/operation.ts), the database, and one error mapper. Handlers stay short and never
// try/catch. The declaration stays on the handler: the API reference is collected from it.
import type { NextRequest } from "next/server";
import { AppError, errorMessage } from "@/lib/errors";
import { authenticateRequest, type AuthUser } from "@/lib/auth";
import { errorResponse, json } from "@/lib/api/respond";
import { isCrossSiteWrite } from "@/lib/api/csrf";
import { beginRequest, finishRequest, type RequestScope } from "@/lib/api/request-log";
import { withSecurityHeaders } from "@/lib/api/security-headers";
import { settleChanges } from "@/lib/changes";
import { getDb, type Db } from "@/lib/db";
import { parseFormBody, parseId, parseJsonBody, parseQuery } from "@/lib/api/body";
import { noFields } from "@/lib/api/schemas";
import type { Declaration, Inputs } from "@/lib/api/operation";

type Params = Record<string, string | string[] | undefined>;
type NextContext = { params: Promise<Params> };
type RouteHandler = (req: NextRequest, context: NextContext) => Promise<Response>;

/** A served method's handler, carrying the declaration the API reference is collected from. */
export type DeclaredHandler = RouteHandler & { readonly declaration: Declaration; readonly auth: Auth };
export type Auth = "public" | "user" | "admin";

type DbOf<D extends Declaration> = D["db"] extends "lazy" | "none" ? { db?: never } : { db: Db };
type PublicContext<D extends Declaration> = Inputs<D> & DbOf<D> & { req: NextRequest };
type UserContext<D extends Declaration> = PublicContext<D> & { user: AuthUser };

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

type Run = (req: NextRequest, params: Params, scope: RequestScope) => Promise<Response>;

/** Every API answer, success or error, gets the request id, HSTS (when https) and one log line here. */
function instrumented(run: Run, options: { quiet?: boolean } = {}): RouteHandler {
  return async (req, context) => {
    const scope = beginRequest(req, options.quiet);
    let response: Response;
    try {
      response = await run(req, await context.params, scope);
    } catch (error) {
      response = errorResponse(error, scope.id);
    }
    // Read your own writes: answer a write only once this instance's change feed has
    // heard what it committed, so the caller's next request here finds no stale cache.
    if (WRITE_METHODS.has(req.method)) await settleChanges();
    return withSecurityHeaders(finishRequest(req, scope, response));
  };
}

/** Path ids, then the query, then the body, then the database: the order every route has always checked them in. */
async function inputs<D extends Declaration>(declaration: D, req: NextRequest, raw: Params): Promise<Inputs<D> & DbOf<D>> {
  const params: Record<string, number | string> = {};
  for (const [name, id] of Object.entries(declaration.params ?? {})) params[name] = id.text ? String(raw[name] ?? "") : parseId(raw[name] as string | undefined, id.what);
  const query = declaration.query ? parseQuery(req, declaration.query) : undefined;
  const parseBody = declaration.form ? parseFormBody : parseJsonBody;
  const body = declaration.body && !declaration.rawBody ? await parseBody(req, declaration.body === "none" ? noFields : declaration.body) : undefined;
  const db = declaration.db ? undefined : await getDb();
  return { params, query, body, db } as unknown as Inputs<D> & DbOf<D>;
}

function declared(handler: RouteHandler, declaration: Declaration, auth: Auth): DeclaredHandler {
  return Object.assign(handler, { declaration, auth });
}

/** A route open to anyone (register, token, webhooks). */
export function withPublic<const D extends Declaration>(declaration: D, handler: (ctx: PublicContext<D>) => Promise<Response>): DeclaredHandler {
  return declared(
    instrumented(async (req, params) => handler({ req, ...(await inputs(declaration, req, params)) } as unknown as PublicContext<D>), { quiet: declaration.quiet }),
    declaration,
    "public",
  );
}

/**
 * A handler that is not ours (next-auth's endpoints): it still gets the request id and
 * the log line, and a thrown error still becomes the JSON error.
 */
export function withRequestLog(handler: RouteHandler): RouteHandler {
  return (req, context) => instrumented((innerReq) => handler(innerReq, context))(req, context);
}

async function requireUser(req: NextRequest): Promise<AuthUser> {
  const user = await authenticateRequest(req);
  if (!user) throw new AppError("not_authenticated");
  return user;
}

function checkCsrf(req: NextRequest, user: AuthUser): void {
  if (user.via === "cookie" && WRITE_METHODS.has(req.method) && isCrossSiteWrite(req)) {
    throw new AppError("csrf_rejected");
  }
}

/** A route for signed-in users, by session cookie or bearer token. */
export function withUser<const D extends Declaration>(declaration: D, handler: (ctx: UserContext<D>) => Promise<Response>): DeclaredHandler {
  const run: Run = async (req, params, scope) => {
    const user = await requireUser(req);
    scope.userId = user.id;
    checkCsrf(req, user);
    return handler({ req, user, ...(await inputs(declaration, req, params)) } as unknown as UserContext<D>);
  };
  return declared(instrumented(run), declaration, "user");
}

/** The body `app/api/[...path]` answers for a path with no route. */
export const NO_SUCH_ENDPOINT = errorMessage("not_found");

function requireAdmin(user: AuthUser): void {
  if (user.role !== "admin") throw new AppError("not_found");
}

/**
 * A route for admins; every other signed-in user is told it does not exist, with the
 * very body an unknown path gets. The role is checked before CSRF so that even a
 * cross-site write cannot tell an admin path from a missing one.
 */
export function withAdmin<const D extends Declaration>(declaration: D, handler: (ctx: UserContext<D>) => Promise<Response>): DeclaredHandler {
  const run: Run = async (req, params, scope) => {
    const user = await requireUser(req);
    scope.userId = user.id;
    requireAdmin(user);
    checkCsrf(req, user);
    return handler({ req, user, ...(await inputs(declaration, req, params)) } as unknown as UserContext<D>);
  };
  return declared(instrumented(run), declaration, "admin");
}

const ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof ALL_METHODS)[number];

/**
 * The exports of a route file: the given methods, and a JSON 405 for the others
 * (Next's own 405 has no body, and every error here is JSON).
 */
function methodNotAllowed(req: NextRequest, allowed: string): Response {
  return json(
    { error: { code: "method_not_allowed", message: `${req.method} is not allowed here. Allowed: ${allowed}.` } },
    405,
    { allow: allowed },
  );
}

const notAllowedHandlers = new WeakSet<RouteHandler>();

/** Whether a route module's export is the 405 of a method it does not serve. */
export function isMethodNotAllowed(handler: unknown): boolean {
  return typeof handler === "function" && notAllowedHandlers.has(handler as RouteHandler);
}

export function routes(handlers: Partial<Record<Method, DeclaredHandler>>): Record<Method, RouteHandler> {
  const allowed = Object.keys(handlers).join(", ");
  const notAllowed = instrumented(async (req) => methodNotAllowed(req, allowed));
  notAllowedHandlers.add(notAllowed);
  return Object.fromEntries(ALL_METHODS.map((method) => [method, handlers[method] ?? notAllowed])) as Record<Method, RouteHandler>;
}

/**
 * `routes()` for the admin area: a method the path does not serve is a 405 only for
 * admins; anyone else gets what any admin path gives them (401 or the 404).
 */
export function adminRoutes(handlers: Partial<Record<Method, DeclaredHandler>>): Record<Method, RouteHandler> {
  const allowed = Object.keys(handlers).join(", ");
  const notAllowed = instrumented(async (req, _params, scope) => {
    const user = await requireUser(req);
    scope.userId = user.id;
    requireAdmin(user);
    checkCsrf(req, user);
    return methodNotAllowed(req, allowed);
  });
  notAllowedHandlers.add(notAllowed);
  return Object.fromEntries(ALL_METHODS.map((method) => [method, handlers[method] ?? notAllowed])) as Record<Method, RouteHandler>;
}

/** The declaration behind a route module's export, or null for a method it answers with 405. */
export function declarationOf(handler: unknown): DeclaredHandler | null {
  return typeof handler === "function" && "declaration" in handler ? (handler as DeclaredHandler) : null;
}
