// Domain code throws AppError with a code; lib/api maps codes to HTTP statuses.
// Domain code never builds a Response or picks a status.

export const errorStatus = {
  invalid_json: 400,
  validation_failed: 400,
  invalid_request: 400,
  cannot_befriend_self: 400,
  cannot_session_with_self: 400,
  token_invalid: 400,
  token_used: 400,
  token_expired: 400,
  not_authenticated: 401,
  invalid_credentials: 401,
  invalid_signature: 401,
  forbidden: 403,
  csrf_rejected: 403,
  not_friends: 403,
  not_participant: 403,
  not_recipient: 403,
  not_sender: 403,
  cannot_join_yet: 403,
  token_not_yours: 403,
  not_found: 404,
  user_not_found: 404,
  session_not_found: 404,
  request_not_found: 404,
  friendship_not_found: 404,
  method_not_allowed: 405,
  email_taken: 409,
  already_friends: 409,
  request_pending: 409,
  request_not_pending: 409,
  open_session_exists: 409,
  invalid_state: 409,
  session_not_active: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  provider_error: 502,
  provider_rate_limited: 503,
  provider_timeout: 504,
  service_unavailable: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Extra fields placed inside the error body, e.g. `session_id`, `reason`, `fields`. */
export type ErrorExtra = Record<string, unknown> & { retryAfterSeconds?: number };

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: ErrorExtra = {},
  ) {
    super(message);
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** What a client is told to wait before retrying while the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** The answer while the database cannot be reached: retry, this is not a bug (README, Operations). */
export function serviceUnavailable(message = "The service is temporarily unavailable; try again in a few seconds."): AppError {
  return new AppError("service_unavailable", message, { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS });
}
