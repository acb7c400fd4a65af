// JSON responses and the one error mapper every route goes through.
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { DatabaseLockedError } from "@/lib/db/pglite-lock";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

export function json(data: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(data), { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}

export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  const { retryAfterSeconds, ...extra } = appError.extra;
  const headers: Record<string, string> = {};
  if (retryAfterSeconds !== undefined) headers["retry-after"] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  return json({ error: { code: appError.code, message: appError.message, ...extra } }, appError.status, headers);
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isUniqueViolation(error)) {
    // A unique constraint the domain did not expect to hit: a concurrent write won.
    return new AppError("invalid_state", "The resource was changed by another request; try again.");
  }
  if (error instanceof DatabaseLockedError) {
    console.error(error.message);
    return new AppError("internal_error", "The database is unavailable.");
  }
  console.error("Unhandled error in API route:", error);
  return new AppError("internal_error", "Something went wrong on our side.");
}
