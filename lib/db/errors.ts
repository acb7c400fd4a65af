// Database errors the domain expects. PostgreSQL through adapter-pg reports a unique
// violation as Prisma's P2002; pglite-prisma-adapter passes through the raw SQLSTATE.
// An unreachable database (README, Operations) arrives in several shapes, depending on where
// it broke; each one below was reproduced in lib/db/errors.test.ts or the outage test
// (tests/pg/outage.test.ts).
import { Prisma } from "@/lib/generated/prisma/client";

function sqlState(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown; originalCode?: unknown } } | null)?.cause;
  const code = cause?.originalCode ?? cause?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * True when a unique index (or a partial unique index) refused the write, from a model
 * query (P2002) or a raw one (P2010, the driver adapter's error in `meta`: the SQLSTATE,
 * or adapter-pg's kind).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return true;
    if (error.code !== "P2010") return false;
    const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown; kind?: unknown } } } | undefined;
    const cause = meta?.driverAdapterError?.cause;
    return meta?.code === "23505" || cause?.code === "23505" || cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation";
  }
  return sqlState(error) === "23505";
}

/**
 * Prisma's codes for "cannot reach / lost the server / timed out talking to it", and for
 * "no pool connection came free in time" (P2024 for a query, P2028 for starting an
 * interactive transaction: seen when 1,000 event streams opened at once, bench/event-streams.ts).
 */
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2037"]);
/** @prisma/adapter-pg's DriverAdapterError kinds for the same. */
const ADAPTER_UNAVAILABLE = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Socket errors from node:net (pg surfaces them as they are). */
const SOCKET_UNAVAILABLE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
/** SQLSTATE: connection exceptions (class 08), the server shutting down or starting, too many connections. */
const SQLSTATE_UNAVAILABLE = /^(08...|57P0[1-3]|53300)$/;
/**
 * Errors that carry only a message, passed through by both adapters as they are: pg-pool's
 * acquire timeout, pg's connect timeout and lost connection, a closed PGlite.
 */
const MESSAGE_UNAVAILABLE =
  /timeout exceeded when trying to connect|Connection terminated|terminating connection|not queryable|PGlite is closed|database system is (starting up|shutting down)/i;
/** Our own: the embedded database held by another process, or closed for shutdown. */
const NAMES_UNAVAILABLE = new Set(["DatabaseLockedError", "DatabaseClosedError"]);

/** True when the error means "the database cannot be reached now": answer 503, retry later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const { code, kind, originalCode, name, message, cause, errors, meta, driverAdapterError } = current as Record<string, unknown>;
    if (typeof code === "string" && (PRISMA_UNAVAILABLE.has(code) || SOCKET_UNAVAILABLE.has(code) || SQLSTATE_UNAVAILABLE.test(code))) return true;
    if (typeof originalCode === "string" && SQLSTATE_UNAVAILABLE.test(originalCode)) return true;
    if (typeof kind === "string" && ADAPTER_UNAVAILABLE.has(kind)) return true;
    if (typeof name === "string" && NAMES_UNAVAILABLE.has(name)) return true;
    if (typeof message === "string" && MESSAGE_UNAVAILABLE.test(message)) return true;
    // Prisma puts the adapter's error in meta.driverAdapterError, whose cause has the kind.
    queue.push(cause, meta, driverAdapterError);
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return false;
}
