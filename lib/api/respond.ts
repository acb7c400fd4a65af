// JSON responses and the one error mapper every route goes through.
import { AppError, serviceUnavailable } from "@/lib/errors";
import { isDatabaseUnavailable, isUniqueViolation } from "@/lib/db/errors";
import { logger } from "@/lib/log";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

export function json(data: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(data), { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}

export function errorResponse(error: unknown, requestId?: string): Response {
  const appError = toAppError(error, requestId);
  const { retryAfterSeconds, ...extra } = appError.extra;
  const headers: Record<string, string> = {};
  if (retryAfterSeconds !== undefined) headers["retry-after"] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  return json({ error: { code: appError.code, message: appError.message, ...extra } }, appError.status, headers);
}

function toAppError(error: unknown, requestId: string | undefined): AppError {
  if (error instanceof AppError) return error;
  if (isUniqueViolation(error)) {
    // A unique constraint the domain did not expect to hit: a concurrent write won.
    return new AppError("invalid_state");
  }
  if (isDatabaseUnavailable(error)) {
    // Expected during an outage: one short line, no stack per failing request.
    logger().warn({ request_id: requestId, db_error: describe(error) }, "database unavailable");
    return serviceUnavailable();
  }
  logger().error({ request_id: requestId, err: error }, "unhandled error in API route");
  return new AppError("internal_error");
}

function describe(error: unknown): string {
  const { name, message, code } = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown };
  return [name, code, typeof message === "string" ? message.split("\n").at(-1) : undefined].filter(Boolean).join(": ");
}

/** An iCalendar file (README, Scheduling and calendars); `filename` set: a download. */
export function calendarFile(text: string, filename?: string): Response {
  return new Response(text, {
    status: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, no-store",
      ...(filename ? { "content-disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}
