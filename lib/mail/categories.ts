// The kinds of email a user can turn off, each a boolean column on `users` (README, Email).
// Importable from pages: no server code here.

/** The preferences a user can turn off, one per kind of notification. */
export const MAIL_CATEGORIES = ["email_friend_requests", "email_session_started", "email_scheduled_sessions"] as const;
export type MailCategory = (typeof MAIL_CATEGORIES)[number];

/** The Prisma field behind each category's column. */
export const CATEGORY_FIELD = {
  email_friend_requests: "emailFriendRequests",
  email_session_started: "emailSessionStarted",
  email_scheduled_sessions: "emailScheduledSessions",
} as const satisfies Record<MailCategory, string>;

/** How the unsubscribe page and the mail footer name a category. */
export const CATEGORY_LABEL: Record<MailCategory, string> = {
  email_friend_requests: "friend requests",
  email_session_started: "sessions a friend starts with you",
  email_scheduled_sessions: "scheduled sessions",
};
