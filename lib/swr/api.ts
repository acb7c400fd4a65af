// The browser's typed API client: every /api/v1 address the pages use, each call with the
// response type its route declares (z.infer of lib/<domain>/schemas.ts, imported as types
// only, so no zod reaches the browser: README, Page weight). SWR keys that are addresses are
// built here too, so a hook's key and the live events' keys (lib/swr/live-keys.ts) agree.
import { apiFetch, fetcher } from "@/lib/swr/fetcher";
import type { ChangePasswordBody, DeleteAccountBody, PasswordResetBody, PasswordResetConfirmBody, RegisterBody, UpdateMeBody, UserResponse } from "@/lib/accounts/schemas";
import type { InviteResponse } from "@/lib/invites/schemas";
import type { AdminSessionDetailResponse, AuditEventTypeValue } from "@/lib/admin/schemas";
import type { AdminUserDetailResponse } from "@/lib/admin/user-schemas";
import type { MessageResponse } from "@/lib/chat/schemas";
import type { FriendRequestResponse } from "@/lib/friends/schemas";
import type { UnsubscribeResponse } from "@/lib/mail/schemas";
import type { Preferences, UpdatePreferencesBody } from "@/lib/preferences/schemas";
import type { SessionAction, SessionStatus } from "@/lib/sessions/rules";
import type { JoinTokenResponse, RedeemedJoinTokenResponse, SessionResponse } from "@/lib/sessions/schemas";

const V1 = "/api/v1";
const POST = { method: "POST" } as const;
const DELETE = { method: "DELETE" } as const;
const PATCH = { method: "PATCH" } as const;

const withQuery = (path: string, query: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
};

// Session addresses end in "/" (the routes accept both; the keys must be one spelling).
const sessionPath = (sessionId: number) => `${V1}/sessions/${sessionId}/`;
const chatPath = (friendId: number) => `${V1}/chats/${friendId}`;
const adminSessionsPath = `${V1}/admin/sessions`;
const adminSessionPath = (sessionId: number) => `${adminSessionsPath}/${sessionId}`;
const sessionListUrl = (query: { status?: string; limit: number }) => withQuery(`${V1}/sessions/`, { limit: query.limit, status: query.status });
const CHATS = `${V1}/chats`;
const FRIENDS = `${V1}/friends`;
const FRIEND_REQUESTS = `${V1}/friends/requests`;
const COUNTS = `${V1}/users/me/counts`;
const PREFERENCES = `${V1}/users/me/preferences`;
const INVITES = `${V1}/invites`;
const CALENDAR_FEED = `${V1}/users/me/calendar-feed`;

/** A planned session (README, Scheduled sessions): a time in UTC, 15..240 minutes, an optional note. */
export type ScheduleBody = { participant_id: number; starts_at: string; duration_minutes?: number; note?: string };
export type RescheduleBody = { starts_at: string; duration_minutes?: number };
/** The caller's own scheduled sessions, soonest first (the key of the home page's list). */
const UPCOMING_SESSIONS = sessionListUrl({ status: "scheduled", limit: 50 });

export const api = {
  /** The OpenAPI 3.1 document (rendered at /docs). */
  openApiUrl: `${V1}/openapi.json`,
  /** The Server-Sent Events stream (README, Live updates). */
  eventsUrl: `${V1}/events`,

  auth: {
    register: (body: RegisterBody) => apiFetch<{ user: UserResponse }>(`${V1}/auth/register`, { ...POST, body }),
    changePassword: (body: ChangePasswordBody) => apiFetch<void>(`${V1}/auth/password`, { ...POST, body }),
    signOutEverywhere: () => apiFetch<void>(`${V1}/auth/sign-out-everywhere`, POST),
    requestPasswordReset: (body: PasswordResetBody) => apiFetch<{ message: string }>(`${V1}/auth/password-reset`, { ...POST, body }),
    confirmPasswordReset: (body: PasswordResetConfirmBody) => apiFetch<void>(`${V1}/auth/password-reset/confirm`, { ...POST, body }),
  },

  invites: {
    key: INVITES,
    create: () => apiFetch<InviteResponse>(INVITES, POST),
    revoke: (inviteId: number) => apiFetch<void>(`${INVITES}/${inviteId}`, DELETE),
  },

  /** RFC 8058 one-click unsubscribe, as a mail program sends it (the token is the credential). */
  unsubscribe: (token: string) =>
    apiFetch<UnsubscribeResponse>(withQuery(`${V1}/unsubscribe`, { token }), { ...POST, form: { "List-Unsubscribe": "One-Click" } }),

  sessions: {
    key: sessionPath,
    eligibilityKey: (sessionId: number) => `${sessionPath(sessionId)}join-eligibility/`,
    auditLogKey: (sessionId: number) => `${sessionPath(sessionId)}audit-logs/`,
    /** The first page of the caller's sessions; later pages follow the `Link` header. */
    listUrl: sessionListUrl,
    /** What every list address starts with (useSWRInfinite keys carry their query). */
    listPrefix: `${V1}/sessions/?`,
    get: (sessionId: number) => apiFetch<SessionResponse>(sessionPath(sessionId)),
    list: (query: { status?: SessionStatus; limit: number }) => fetcher<SessionResponse[]>(sessionListUrl(query)),
    create: (participantId: number) => apiFetch<SessionResponse>(`${V1}/sessions/create/`, { ...POST, body: { participant_id: participantId } }),
    /** start, ready, end, cancel: the session as it is after the action. */
    act: (sessionId: number, action: Exclude<SessionAction, "join">) => apiFetch<SessionResponse>(`${sessionPath(sessionId)}${action}/`, POST),
    schedule: (body: ScheduleBody) => apiFetch<SessionResponse>(`${V1}/sessions/schedule`, { ...POST, body }),
    accept: (sessionId: number) => apiFetch<SessionResponse>(`${sessionPath(sessionId)}accept/`, POST),
    decline: (sessionId: number) => apiFetch<SessionResponse>(`${sessionPath(sessionId)}decline/`, POST),
    reschedule: (sessionId: number, body: RescheduleBody) => apiFetch<SessionResponse>(`${sessionPath(sessionId)}reschedule/`, { ...POST, body }),
    /** The session as an iCalendar file (a plain link: the browser downloads it with the cookie). */
    calendarUrl: (sessionId: number) => `${V1}/sessions/${sessionId}/calendar.ics`,
    /** Scheduled sessions, soonest first. */
    upcomingKey: UPCOMING_SESSIONS,
    issueJoinToken: (sessionId: number) => apiFetch<JoinTokenResponse>(`${sessionPath(sessionId)}join-token/`, POST),
    redeemJoinToken: (token: string) => apiFetch<RedeemedJoinTokenResponse>(`${V1}/sessions/join-token/validate/`, { ...POST, body: { token } }),
  },

  chats: {
    key: CHATS,
    /** One page of a conversation: the newest, or those after or before a message id. */
    messages: (friendId: number, page: { after?: number; before?: number } = {}) =>
      fetcher<MessageResponse[]>(withQuery(`${chatPath(friendId)}/messages`, page)),
    send: (friendId: number, text: string) => apiFetch<MessageResponse>(`${chatPath(friendId)}/messages`, { ...POST, body: { text } }),
    markRead: (friendId: number, messageId: number) => apiFetch<void>(`${chatPath(friendId)}/read`, { ...POST, body: { message_id: messageId } }),
  },

  friends: {
    key: FRIENDS,
    requestsKey: FRIEND_REQUESTS,
    sendRequest: (userId: number) => apiFetch<FriendRequestResponse>(FRIEND_REQUESTS, { ...POST, body: { user_id: userId } }),
    acceptRequest: (requestId: number) => apiFetch<FriendRequestResponse>(`${FRIEND_REQUESTS}/${requestId}/accept`, POST),
    declineRequest: (requestId: number) => apiFetch<FriendRequestResponse>(`${FRIEND_REQUESTS}/${requestId}/decline`, POST),
    withdrawRequest: (requestId: number) => apiFetch<void>(`${FRIEND_REQUESTS}/${requestId}`, DELETE),
    remove: (userId: number) => apiFetch<void>(`${FRIENDS}/${userId}`, DELETE),
  },

  users: {
    meKey: `${V1}/users/me`,
    searchKey: (query: string) => `${V1}/users?q=${encodeURIComponent(query)}`,
    /** What every search address starts with. */
    searchPrefix: `${V1}/users?`,
    countsKey: COUNTS,
    preferencesKey: PREFERENCES,
    /** Any subset; the answer is every preference as it is now. */
    updatePreferences: (body: UpdatePreferencesBody) => apiFetch<Preferences>(PREFERENCES, { ...PATCH, body }),
    /** A new secret feed address (the old one stops working); shown once, the server keeps only its hash. */
    createCalendarFeed: () => apiFetch<{ url: string }>(CALENDAR_FEED, POST),
    deleteCalendarFeed: () => apiFetch<void>(CALENDAR_FEED, DELETE),
    updateMe: (body: UpdateMeBody) => apiFetch<UserResponse>(`${V1}/users/me`, { ...PATCH, body }),
    /** GET: a JSON file download (README, Your data); the browser follows it as a link. */
    exportUrl: `${V1}/users/me/export`,
    deleteMe: (body: DeleteAccountBody) => apiFetch<void>(`${V1}/users/me`, { ...DELETE, body }),
  },

  admin: {
    /** The list for a canonical filter query string, from `cursor` on (built the same on the server and in the browser). */
    sessionsUrl: (query: string, cursor?: number | null) => {
      const params = new URLSearchParams(query);
      if (cursor) params.set("cursor", String(cursor));
      const search = params.toString();
      return search ? `${adminSessionsPath}?${search}` : adminSessionsPath;
    },
    sessionKey: adminSessionPath,
    /** Without an event type: also the prefix of every filtered log's key. */
    auditLogsKey: (sessionId: number, eventType: AuditEventTypeValue | "" = "") => withQuery(`${adminSessionPath(sessionId)}/audit-logs`, { event_type: eventType }),
    cancelSession: (sessionId: number) => apiFetch<AdminSessionDetailResponse>(`${adminSessionPath(sessionId)}/cancel`, POST),
    /** The user list for a canonical filter query string, from `cursor` on. */
    usersUrl: (query: string, cursor?: number | null) => withQuery(`${V1}/admin/users`, { ...Object.fromEntries(new URLSearchParams(query)), cursor: cursor ?? undefined }),
    userKey: (userId: number) => `${V1}/admin/users/${userId}`,
    /** The admin actions log, optionally on one user, from `cursor` on. */
    actionsUrl: (query: { user_id?: number; cursor?: number | null; limit?: number } = {}) =>
      withQuery(`${V1}/admin/audit-log`, { user_id: query.user_id, cursor: query.cursor ?? undefined, limit: query.limit }),
    disableUser: (userId: number, reason: string) => apiFetch<AdminUserDetailResponse>(`${V1}/admin/users/${userId}/disable`, { ...POST, body: { reason } }),
    enableUser: (userId: number) => apiFetch<AdminUserDetailResponse>(`${V1}/admin/users/${userId}/enable`, POST),
    changeRole: (userId: number, role: "user" | "admin") => apiFetch<AdminUserDetailResponse>(`${V1}/admin/users/${userId}/role`, { ...POST, body: { role } }),
  },
} as const;
