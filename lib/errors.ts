// Domain code throws AppError with a code; lib/api maps codes to HTTP statuses.
// Domain code never builds a Response or picks a status.
//
// Every code has its status and the message a person reads, here and nowhere else:
// `new AppError("session_not_found")` says "No such session."; a message that really
// varies (which state, how long to wait) is passed explicitly. The API reference
// (lib/openapi) shows these same messages in its error examples.

type ErrorDefinition = { status: number; message: string };

const errors = {
  invalid_json: { status: 400, message: "The request body is not valid JSON." },
  validation_failed: { status: 400, message: "The request body is invalid." },
  invalid_request: { status: 400, message: "The request is invalid." },
  cannot_befriend_self: { status: 400, message: "You cannot send a friend request to yourself." },
  cannot_session_with_self: { status: 400, message: "You cannot start a session with yourself." },
  token_invalid: { status: 400, message: "This join link is not valid." },
  token_used: { status: 400, message: "This join link has already been used." },
  token_expired: { status: 400, message: "This join link has expired." },
  not_authenticated: { status: 401, message: "Sign in, or send a valid bearer token." },
  invalid_credentials: { status: 401, message: "Email or password is incorrect." },
  invalid_signature: { status: 401, message: "The Zoom signature does not match." },
  forbidden: { status: 403, message: "You are not allowed to do this." },
  csrf_rejected: { status: 403, message: "Cross-site request refused." },
  account_disabled: { status: 403, message: "This account has been disabled by an administrator." },
  not_friends: { status: 403, message: "Sessions are only possible between friends." },
  not_participant: { status: 403, message: "You are not part of this session." },
  not_recipient: { status: 403, message: "Only the person who received this friend request can answer it." },
  not_sender: { status: 403, message: "Only the person who sent this friend request can withdraw it." },
  cannot_join_yet: { status: 403, message: "You cannot join this session yet." },
  token_not_yours: { status: 403, message: "This join link was issued to someone else." },
  not_invitee: { status: 403, message: "Only the person invited can accept or decline this time; you proposed it." },
  not_found: { status: 404, message: "No such endpoint." },
  user_not_found: { status: 404, message: "No such user." },
  session_not_found: { status: 404, message: "No such session." },
  invite_not_found: { status: 404, message: "No such invitation link." },
  calendar_feed_not_found: { status: 404, message: "No such calendar feed." },
  request_not_found: { status: 404, message: "No such friend request." },
  friendship_not_found: { status: 404, message: "You are not friends with this person." },
  method_not_allowed: { status: 405, message: "This method is not allowed here." },
  email_taken: { status: 409, message: "An account with this email already exists." },
  already_friends: { status: 409, message: "You are already friends with this person." },
  request_pending: { status: 409, message: "You have already sent this person a friend request." },
  request_not_pending: { status: 409, message: "This friend request is already declined." },
  open_session_exists: { status: 409, message: "You already have an open session with this friend." },
  invalid_state: { status: 409, message: "The resource was changed by another request; try again." },
  cannot_disable_self: { status: 409, message: "You cannot disable your own account." },
  last_admin: { status: 409, message: "This would leave no active admin; make someone else an admin first." },
  session_not_active: { status: 409, message: "The session is no longer active; there is no meeting to join." },
  schedule_conflict: { status: 409, message: "One of you already has a scheduled session at that time." },
  invitation_pending: { status: 409, message: "The invitation has not been accepted yet, so the session cannot be started." },
  too_early: { status: 409, message: "It is too early: a scheduled session can be started from 10 minutes before its time." },
  not_scheduled: { status: 409, message: "This is an instant session: it has no time to put in a calendar." },
  payload_too_large: { status: 413, message: "The request body is larger than 64 KiB." },
  unsupported_media_type: { status: 415, message: "Send the body as application/json." },
  rate_limited: { status: 429, message: "Too many requests." },
  provider_error: { status: 502, message: "Zoom could not be reached; try again." },
  provider_rate_limited: { status: 503, message: "Zoom is rate limiting meeting requests." },
  provider_timeout: { status: 504, message: "Zoom did not answer in time; try again." },
  service_unavailable: { status: 503, message: "The service is temporarily unavailable; try again in a few seconds." },
  internal_error: { status: 500, message: "Something went wrong on our side." },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errors;

/**
 * Messages that say more than their code's default and are written by one module but
 * shown by another too (the API reference's examples).
 */
export const messages = {
  chatNotFriends: "You can only chat with your friends.",
  wrongCurrentPassword: "The current password is incorrect.",
  resetTokenInvalid: "This password reset link is not valid: it was used, replaced by a newer one, or it expired. Ask for a new one.",
  inviteInvalid: "This invitation link is not valid: it expired, was revoked or has been used up.",
  declinedRecently: "This person declined your last friend request.",
  requestNotPending: (status: string) => `This friend request is already ${status}.`,
  tooManyStreams: (limit: number, retryAfterSeconds: number) =>
    `You already have ${limit} live-update streams open, the most allowed. Close one (for example another tab), or try again in ${retryAfterSeconds} seconds.`,
};

/** Each code's HTTP status. */
export const errorStatus = Object.fromEntries(Object.entries(errors).map(([code, { status }]) => [code, status])) as {
  [Code in ErrorCode]: (typeof errors)[Code]["status"];
};

/** The message a code carries unless the thrower says something more specific. */
export function errorMessage(code: ErrorCode): string {
  return errors[code].message;
}

/** Extra fields placed inside the error body, e.g. `session_id`, `reason`, `fields`. */
type ErrorExtra = Record<string, unknown> & { retryAfterSeconds?: number };

export class AppError extends Error {
  override name = "AppError";
  readonly extra: ErrorExtra;

  /** `new AppError(code)`, `new AppError(code, extra)` or `new AppError(code, message, extra?)`. */
  constructor(
    readonly code: ErrorCode,
    messageOrExtra?: string | ErrorExtra,
    extra: ErrorExtra = {},
  ) {
    super(typeof messageOrExtra === "string" ? messageOrExtra : errorMessage(code));
    this.extra = typeof messageOrExtra === "object" ? messageOrExtra : extra;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** What a client is told to wait before retrying while the database is unreachable. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** The answer while the database cannot be reached: retry, this is not a bug (README, Operations). */
export function serviceUnavailable(message?: string): AppError {
  return new AppError("service_unavailable", message ?? errorMessage("service_unavailable"), { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS });
}
