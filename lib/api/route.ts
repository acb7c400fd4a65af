// The wrappers every API route goes through: authentication, CSRF for cookie writes,
// path params, and one error mapper. Handlers stay short and never try/catch.
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { authenticateRequest, type AuthUser } from "@/lib/auth";
import { errorResponse, json } from "@/lib/api/respond";
import { isCrossSiteWrite } from "@/lib/api/csrf";
import { settleChanges } from "@/lib/changes";

type Params = Record<string, string | string[] | undefined>;
type NextContext = { params: Promise<Params> };
type RouteHandler = (req: NextRequest, context: NextContext) => Promise<Response>;

export type PublicContext<P extends Params> = { req: NextRequest; params: P };
export type UserContext<P extends Params> = PublicContext<P> & { user: AuthUser };

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A route open to anyone (register, token, webhooks). */
export function withPublic<P extends Params = Params>(handler: (ctx: PublicContext<P>) => Promise<Response>): RouteHandler {
  return async (req, context) => {
    try {
      return await handler({ req, params: (await context.params) as P });
    } catch (error) {
      return errorResponse(error);
    } finally {
      // Read your own writes: answer a write only once this instance's change feed has
      // heard what it committed, so the caller's next request here finds no stale cache.
      if (WRITE_METHODS.has(req.method)) await settleChanges();
    }
  };
}

async function requireUser(req: NextRequest): Promise<AuthUser> {
  const user = await authenticateRequest(req);
  if (!user) throw new AppError("not_authenticated", "Sign in, or send a valid bearer token.");
  return user;
}

function checkCsrf(req: NextRequest, user: AuthUser): void {
  if (user.via === "cookie" && WRITE_METHODS.has(req.method) && isCrossSiteWrite(req)) {
    throw new AppError("csrf_rejected", "Cross-site request refused.");
  }
}

/** A route for signed-in users, by session cookie or bearer token. */
export function withUser<P extends Params = Params>(handler: (ctx: UserContext<P>) => Promise<Response>): RouteHandler {
  return withPublic<P>(async ({ req, params }) => {
    const user = await requireUser(req);
    checkCsrf(req, user);
    return handler({ req, params, user });
  });
}

/** The body `app/api/[...path]` answers for a path with no route. */
export const NO_SUCH_ENDPOINT = "No such endpoint.";

/**
 * A route for admins; every other signed-in user is told it does not exist, with the
 * very body an unknown path gets. The role is checked before CSRF so that even a
 * cross-site write cannot tell an admin path from a missing one.
 */
export function withAdmin<P extends Params = Params>(handler: (ctx: UserContext<P>) => Promise<Response>): RouteHandler {
  return withPublic<P>(async ({ req, params }) => {
    const user = await requireUser(req);
    if (user.role !== "admin") throw new AppError("not_found", NO_SUCH_ENDPOINT);
    checkCsrf(req, user);
    return handler({ req, params, user });
  });
}

const ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof ALL_METHODS)[number];

/**
 * The exports of a route file: the given methods, and a JSON 405 for the others
 * (Next's own 405 has no body, and every error here is JSON).
 */
export function routes(handlers: Partial<Record<Method, RouteHandler>>): Record<Method, RouteHandler> {
  const allowed = Object.keys(handlers).join(", ");
  const notAllowed: RouteHandler = async (req) =>
    json(
      { error: { code: "method_not_allowed", message: `${req.method} is not allowed here. Allowed: ${allowed}.` } },
      405,
      { allow: allowed },
    );
  return Object.fromEntries(ALL_METHODS.map((method) => [method, handlers[method] ?? notAllowed])) as Record<Method, RouteHandler>;
}

/**
 * `routes()` for the admin area: a method the path does not serve is a 405 only for
 * admins; anyone else gets what any admin path gives them (401 or the 404).
 */
export function adminRoutes(handlers: Partial<Record<Method, RouteHandler>>): Record<Method, RouteHandler> {
  const all = routes(handlers);
  return Object.fromEntries(
    ALL_METHODS.map((method) => [
      method,
      handlers[method] ?? withAdmin(async ({ req, params }) => all[method](req, { params: Promise.resolve(params) })),
    ]),
  ) as Record<Method, RouteHandler>;
}
