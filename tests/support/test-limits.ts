// Limits for the shared test servers, which register every test's users from one
// address and sign in, chat and start sessions far more than one person would. They are
// higher, never off: the limits themselves are tested at their defaults by
// tests/api/rate-limits.test.ts, tests/zoom/provider-quota.test.ts and
// tests/pg/rate-limit-races.test.ts, which start servers of their own.
export const SHARED_TEST_SERVER_LIMITS: Record<string, string> = {
  LOGIN_MAX_FAILURES_PER_ADDRESS: "100000",
  REGISTRATIONS_MAX_PER_ADDRESS: "100000",
  MEETINGS_MAX_PER_USER: "100000",
  FRIEND_REQUESTS_MAX_PER_USER: "100000",
  CHAT_MESSAGES_MAX_PER_USER: "100000",
  JOIN_TOKENS_MAX_PER_USER: "100000",
  // Presence's grace period (README, Presence): 2 s instead of 10, so going offline is quick to see.
  PRESENCE_GRACE_SECONDS: "2",
};

/**
 * The browser suite raises what many tests share (one address for every sign-up and
 * sign-in), and the chat minute just enough for "Load earlier" to have 110 messages to
 * page through (55 from each person); the other per-user limits stay at their defaults,
 * so e2e shows a real 429 (e2e/rate-limits.spec.ts uses up this chat limit).
 */
export const E2E_CHAT_MESSAGES_PER_MINUTE = 60;
export const E2E_SERVER_LIMITS: Record<string, string> = {
  LOGIN_MAX_FAILURES_PER_ADDRESS: "100000",
  REGISTRATIONS_MAX_PER_ADDRESS: "100000",
  CHAT_MESSAGES_MAX_PER_USER: String(E2E_CHAT_MESSAGES_PER_MINUTE),
  PRESENCE_GRACE_SECONDS: "2",
};
