// The API reference: an OpenAPI 3.1 document generated from the zod schemas that
// validate requests (lib/<domain>/schemas.ts) and type the responses. Served at
// GET /api/v1/openapi.json and rendered at /docs. tests/api/openapi.test.ts checks that
// it lists exactly the route files under app/api/v1, and every API test validates the
// responses it receives against it.
import { z } from "@/lib/zod";
import { createDocument, type ZodOpenApiObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { changePasswordBody, registerBody, registerResponse, tokenBody, tokenResponse, userResponse, userSearchQuery, userSearchResponse } from "@/lib/accounts/schemas";
import { friendListResponse, friendRequestResponse, friendRequestsResponse, sendFriendRequestBody } from "@/lib/friends/schemas";
import { chatListResponse, listMessagesQuery, markReadBody, messageListResponse, messageResponse, postMessageBody } from "@/lib/chat/schemas";
import { liveCountsResponse } from "@/lib/live/schemas";
import {
  auditLogResponse,
  createSessionBody,
  eligibilityResponse,
  joinTokenResponse,
  listSessionsQuery,
  redeemedJoinTokenResponse,
  sessionListResponse,
  sessionResponse,
  validateJoinTokenBody,
} from "@/lib/sessions/schemas";
import { adminAuditLogsQuery, adminListSessionsQuery, adminSessionDetailResponse, adminSessionListResponse } from "@/lib/admin/schemas";
import { webhookEnvelope, zoomWebhookResponse } from "@/lib/zoom-webhooks/schemas";
import { idParam, operation, type OperationSpec } from "@/lib/openapi/operations";
import * as examples from "@/lib/openapi/examples";

type Method = "get" | "post" | "put" | "patch" | "delete";
type PathSpec = Partial<Record<Method, OperationSpec>>;

const sessionId = idParam("id", "The session's id.");
const nextLink = { Link: { description: 'RFC 8288 `<...>; rel="next"` when there is a next page; absent on the last.' } };

const sessionAction = (operationId: string, summary: string, description: string, exampleName: keyof typeof examples.sessionExamples, errors: OperationSpec["errors"] = []): OperationSpec => ({
  operationId,
  summary,
  description,
  tags: ["Sessions"],
  auth: "user",
  path: sessionId,
  body: "none",
  ok: { 200: { description: "The session as the caller now sees it.", schema: sessionResponse, examples: { [exampleName]: examples.sessionExamples[exampleName] } } },
  errors: ["session_not_found", "not_participant", "invalid_state", ...errors],
});

const respondToRequest = (verb: "accept" | "decline", summary: string, description: string): OperationSpec => ({
  operationId: `${verb}FriendRequest`,
  summary,
  tags: ["Friends"],
  auth: "user",
  path: idParam("id", "The request's id."),
  body: "none",
  ok: { 200: { description, schema: friendRequestResponse } },
  errors: ["not_recipient", "request_not_found", "request_not_pending"],
});

const PATHS: Record<string, PathSpec> = {
  "/auth/register": {
    post: {
      operationId: "register",
      summary: "Create an account",
      tags: ["Accounts"],
      auth: "public",
      body: registerBody,
      bodyExample: { email: "alice@example.com", password: "correct horse battery", name: "Alice" },
      ok: { 201: { description: "The new account.", schema: registerResponse, examples: { alice: { summary: "Alice", value: { user: { ...examples.userExamples.alice, role: "user" } } } } } },
      errors: ["email_taken", "rate_limited"],
    },
  },
  "/auth/token": {
    post: {
      operationId: "issueAccessToken",
      summary: "Exchange email and password for a bearer token",
      description: "Send it as `Authorization: Bearer <access_token>`. Failed attempts are limited per account and per address (429 with `Retry-After`).",
      tags: ["Accounts"],
      auth: "public",
      body: tokenBody,
      bodyExample: { email: "alice@example.com", password: "correct horse battery" },
      ok: { 200: { description: "A bearer token.", schema: tokenResponse, examples: { token: { summary: "A token", value: { access_token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", token_type: "Bearer", expires_in: 3600 } } } } },
      errors: ["invalid_credentials", "rate_limited"],
    },
  },
  "/auth/password": {
    post: {
      operationId: "changePassword",
      summary: "Change your password",
      description:
        "The new password follows the same rules as at registration (12+ characters, not easy to guess). Every cookie and bearer token issued before, this one included, stops working: sign in again. A wrong current password counts as a failed sign-in (429 with `Retry-After` after too many).",
      tags: ["Accounts"],
      auth: "user",
      body: changePasswordBody,
      bodyExample: { current_password: "violet kettle orbit lantern", new_password: "amber tractor meadow quill" },
      ok: { 204: { description: "Changed; older credentials are revoked." } },
      errors: ["invalid_credentials", "rate_limited"],
    },
  },
  "/auth/sign-out-everywhere": {
    post: {
      operationId: "signOutEverywhere",
      summary: "Revoke every cookie and bearer token of yours",
      description: "This credential included: sign in again afterwards.",
      tags: ["Accounts"],
      auth: "user",
      body: "none",
      ok: { 204: { description: "Every credential issued so far is revoked." } },
    },
  },
  "/users/me": {
    get: {
      operationId: "getMe",
      summary: "The signed-in user",
      tags: ["Accounts"],
      auth: "user",
      ok: { 200: { description: "You.", schema: userResponse, examples: { alice: { summary: "Alice", value: { ...examples.userExamples.alice, role: "user" } } } } },
    },
  },
  "/users/me/counts": {
    get: {
      operationId: "getLiveCounts",
      summary: "The header's counts",
      description: "The same object the event stream sends as its `counts` event.",
      tags: ["Accounts"],
      auth: "user",
      ok: { 200: { description: "Your counts.", schema: liveCountsResponse, examples: { some: { summary: "One request, two unread chats", value: { incoming_requests: 1, unread_chats: 2, waiting_sessions: 0 } } } } },
    },
  },
  "/events": {
    get: {
      operationId: "streamEvents",
      summary: "Live updates (Server-Sent Events)",
      description:
        "Events carry ids only (`session.updated`, `message.created`, `friend_request.updated`, `friendship.updated`, `counts`, `resync`); refetch what they name through the other endpoints. A `: heartbeat` comment every 20 s. A few streams per user at once: more is 429 with `Retry-After`. The stream ends when your credentials are revoked and on shutdown (503 for new streams meanwhile).",
      tags: ["Live"],
      auth: "user",
      ok: { 200: { description: "The stream.", eventStream: "`event: <name>` / `data: <JSON>` frames (README, Live updates)." } },
      errors: ["rate_limited"],
    },
  },
  "/users": {
    get: {
      operationId: "searchUsers",
      summary: "Find people by name, or by their exact email",
      tags: ["Accounts"],
      auth: "user",
      query: userSearchQuery,
      ok: { 200: { description: "Up to 20 people, with how they relate to you.", schema: userSearchResponse, examples: { bob: { summary: "Alice searches for Bob", value: [{ id: 2, name: "Bob", friendship: "friends", email: "bob@example.com" }] } } } },
    },
  },
  "/friends": {
    get: {
      operationId: "listFriends",
      summary: "Your friends",
      tags: ["Friends"],
      auth: "user",
      ok: { 200: { description: "Alphabetically.", schema: friendListResponse, examples: { bob: { summary: "Alice's friends", value: [{ user: examples.userExamples.bob, since: "2026-11-20T09:00:00.000Z" }] } } } },
    },
  },
  "/friends/{user_id}": {
    delete: {
      operationId: "unfriend",
      summary: "Unfriend",
      description: "Any open session of the two is cancelled in the same transaction (audit `cancelled`, metadata `{\"reason\": \"unfriended\"}`). The chat history is kept, readable by neither.",
      tags: ["Friends"],
      auth: "user",
      path: idParam("user_id", "The friend's user id."),
      ok: { 204: { description: "No longer friends." } },
      errors: ["friendship_not_found"],
    },
  },
  "/friends/requests": {
    get: {
      operationId: "listFriendRequests",
      summary: "Pending friend requests to and from you",
      tags: ["Friends"],
      auth: "user",
      ok: { 200: { description: "Pending requests, newest first.", schema: friendRequestsResponse } },
    },
    post: {
      operationId: "sendFriendRequest",
      summary: "Ask someone to be friends",
      description: "If they had already asked you, their request is accepted instead (200, `status: \"accepted\"`).",
      tags: ["Friends"],
      auth: "user",
      body: sendFriendRequestBody,
      bodyExample: { user_id: 2 },
      ok: {
        201: { description: "A pending request.", schema: friendRequestResponse },
        200: { description: "Their request to you, now accepted: you are friends.", schema: friendRequestResponse },
      },
      errors: ["cannot_befriend_self", "user_not_found", "already_friends", "request_pending", "invalid_state", "rate_limited"],
    },
  },
  "/friends/requests/{id}": {
    delete: {
      operationId: "withdrawFriendRequest",
      summary: "Withdraw a request you sent",
      tags: ["Friends"],
      auth: "user",
      path: idParam("id", "The request's id."),
      ok: { 204: { description: "Withdrawn." } },
      errors: ["not_sender", "request_not_found", "request_not_pending"],
    },
  },
  "/friends/requests/{id}/accept": { post: respondToRequest("accept", "Accept a request (the recipient only)", 'The request, `status: "accepted"`: you are friends.') },
  "/friends/requests/{id}/decline": { post: respondToRequest("decline", "Decline a request (the recipient only)", 'The request, `status: "declined"`.') },
  "/chats": {
    get: {
      operationId: "listChats",
      summary: "One entry per friend with the last message",
      tags: ["Chat"],
      auth: "user",
      ok: { 200: { description: "Most recent conversation first; friends without messages last.", schema: chatListResponse, examples: { bob: { summary: "Alice's chats", value: [{ friend: examples.userExamples.bob, last_message: examples.messageExample, unread_count: 1 }] } } } },
    },
  },
  "/chats/{friend_id}/messages": {
    get: {
      operationId: "listMessages",
      summary: "The conversation with a friend",
      description: "At most 100, oldest first: those after `after` (for polling), the 100 just before `before` (Load earlier), else the latest 100. Anyone but a friend, an unknown id included, gets 403 `not_friends`.",
      tags: ["Chat"],
      auth: "user",
      path: idParam("friend_id", "The friend's user id."),
      query: listMessagesQuery,
      ok: { 200: { description: "Messages, oldest first.", schema: messageListResponse, examples: { flow: { summary: "A message, then the session card", value: [examples.textMessageExample, examples.messageExample] } } } },
      errors: ["not_friends"],
    },
    post: {
      operationId: "postMessage",
      summary: "Send a message to a friend",
      tags: ["Chat"],
      auth: "user",
      path: idParam("friend_id", "The friend's user id."),
      body: postMessageBody,
      bodyExample: { text: "Ready for our session?" },
      ok: { 201: { description: "The message.", schema: messageResponse, examples: { text: { summary: "A text message", value: examples.textMessageExample } } } },
      errors: ["not_friends", "rate_limited"],
    },
  },
  "/chats/{friend_id}/read": {
    post: {
      operationId: "markChatRead",
      summary: "Mark the conversation read up to a message",
      description: "The marker only moves forward; an older `message_id` changes nothing. `unread_count` in GET /chats counts the friend's messages after it.",
      tags: ["Chat"],
      auth: "user",
      path: idParam("friend_id", "The friend's user id."),
      body: markReadBody,
      bodyExample: { message_id: 42 },
      ok: { 204: { description: "Read up to that message." } },
      errors: ["not_friends"],
    },
  },
  "/sessions": {
    get: {
      operationId: "listSessions",
      summary: "Your sessions",
      tags: ["Sessions"],
      auth: "user",
      query: listSessionsQuery,
      ok: { 200: { description: "Newest first.", schema: sessionListResponse, headers: nextLink, examples: { history: { summary: "Alice's history", value: [examples.sessionExamples.ended.value] } } } },
    },
  },
  "/sessions/create": {
    post: {
      operationId: "createSession",
      summary: "Create a pending session with a friend",
      description: "At most one pending or active session per pair: a second is 409 `open_session_exists` with its `session_id`.",
      tags: ["Sessions"],
      auth: "user",
      body: createSessionBody,
      bodyExample: { participant_id: 2 },
      ok: { 201: { description: "The pending session.", schema: sessionResponse, examples: { created: examples.sessionExamples.created } } },
      errors: ["cannot_session_with_self", "not_friends", "user_not_found", "open_session_exists"],
    },
  },
  "/sessions/{id}": {
    get: {
      operationId: "getSession",
      summary: "One session, as you see it",
      tags: ["Sessions"],
      auth: "user",
      path: sessionId,
      ok: { 200: { description: "The session.", schema: sessionResponse, examples: { aliceCanJoin: examples.sessionExamples.aliceCanJoin, bobReady: examples.sessionExamples.bobReady } } },
      errors: ["session_not_found", "not_participant"],
    },
  },
  "/sessions/{id}/start": {
    post: sessionAction(
      "startSession",
      "Start: create the meeting, post the chat card",
      "Pending → active. A provider failure (502, 503 with `Retry-After`, 504) leaves the session pending; start it again.",
      "started",
      ["provider_error", "provider_rate_limited", "provider_timeout", "rate_limited"],
    ),
  },
  "/sessions/{id}/ready": {
    post: sessionAction("markReady", "Mark yourself ready", "Pending or active; pressing it again changes nothing. In the example flow Bob marks ready, and Alice (who started) may join.", "bobReady"),
  },
  "/sessions/{id}/end": {
    post: sessionAction("endSession", "End the session", "Active → completed. The meeting is closed and outstanding join links are revoked.", "ended"),
  },
  "/sessions/{id}/cancel": {
    post: sessionAction("cancelSession", "Cancel the session", "Pending or active → cancelled. The meeting is closed and outstanding join links are revoked.", "cancelledByBob"),
  },
  "/sessions/{id}/join-eligibility": {
    get: {
      operationId: "getJoinEligibility",
      summary: "May you join now, and if not, why",
      description: "Poll it with `If-None-Match`: an unchanged answer is a 304 with no body.",
      tags: ["Sessions"],
      auth: "user",
      path: sessionId,
      ok: {
        200: { description: "Who is ready and whether you may join.", schema: eligibilityResponse, headers: { ETag: { description: "Send it back as `If-None-Match`." } }, examples: examples.eligibilityExamples },
        304: { description: "Not modified since the ETag you sent." },
      },
      errors: ["session_not_found", "not_participant"],
    },
  },
  "/sessions/{id}/join-token": {
    post: {
      operationId: "issueJoinToken",
      summary: "A one-time join link, only when you may join",
      description: "Valid for an hour, for you only, once. Open `join_url` in the browser, or redeem `token` with /sessions/join-token/validate.",
      tags: ["Sessions"],
      auth: "user",
      path: sessionId,
      body: "none",
      ok: { 201: { description: "The link.", schema: joinTokenResponse, examples: { alice: { summary: "Alice, once Bob is ready", value: examples.joinTokenExample } } } },
      errors: ["session_not_found", "not_participant", "invalid_state", "cannot_join_yet", "rate_limited"],
    },
  },
  "/sessions/join-token/validate": {
    post: {
      operationId: "redeemJoinToken",
      summary: "Redeem a join token for the meeting",
      description: "The token is used up. Redeeming marks you ready if you were not (audit `ready`, metadata `{\"via\": \"join\"}`).",
      tags: ["Sessions"],
      auth: "user",
      body: validateJoinTokenBody,
      bodyExample: { token: examples.joinTokenExample.token },
      ok: { 200: { description: "The session and the meeting to open.", schema: redeemedJoinTokenResponse, examples: { alice: { summary: "Alice joins", value: examples.redeemedExample } } } },
      errors: ["token_invalid", "token_used", "token_expired", "token_not_yours", "cannot_join_yet", "session_not_active"],
    },
  },
  "/sessions/{id}/audit-logs": {
    get: {
      operationId: "listAuditLogs",
      summary: "The session's audit trail",
      tags: ["Sessions"],
      auth: "user",
      path: sessionId,
      ok: { 200: { description: "Oldest first.", schema: auditLogResponse, examples: { flow: { summary: "The example flow", value: examples.auditLogExample } } } },
      errors: ["session_not_found", "not_participant"],
    },
  },
  "/admin/sessions": {
    get: {
      operationId: "adminListSessions",
      summary: "Every session (admins)",
      description: "`q`: either person's name or email (any part, case-insensitive) or the exact meeting id. Dates: UTC days `YYYY-MM-DD` (inclusive) or date-times with a zone. Empty parameters filter nothing.",
      tags: ["Admin"],
      auth: "admin",
      query: adminListSessionsQuery,
      ok: { 200: { description: "Newest first.", schema: adminSessionListResponse, headers: nextLink, examples: { one: { summary: "One session", value: [examples.adminSessionExample] } } } },
    },
  },
  "/admin/sessions/{id}": {
    get: {
      operationId: "adminGetSession",
      summary: "One session with its join tokens (admins)",
      tags: ["Admin"],
      auth: "admin",
      path: sessionId,
      ok: { 200: { description: "Never the meeting URL or password; tokens by hash prefix only.", schema: adminSessionDetailResponse, examples: { detail: { summary: "With one used token", value: examples.adminSessionDetailExample } } } },
      errors: ["session_not_found"],
    },
  },
  "/admin/sessions/{id}/audit-logs": {
    get: {
      operationId: "adminListAuditLogs",
      summary: "Any session's audit trail (admins)",
      tags: ["Admin"],
      auth: "admin",
      path: sessionId,
      query: adminAuditLogsQuery,
      ok: { 200: { description: "Oldest first.", schema: auditLogResponse, examples: { flow: { summary: "The example flow", value: examples.auditLogExample } } } },
      errors: ["session_not_found"],
    },
  },
  "/admin/sessions/{id}/cancel": {
    post: {
      operationId: "adminCancelSession",
      summary: "Cancel any open session (admins)",
      description: "Audited with the admin as the user and `{\"by_admin\": true}`.",
      tags: ["Admin"],
      auth: "admin",
      path: sessionId,
      body: "none",
      ok: { 200: { description: "The session afterwards, tokens included.", schema: adminSessionDetailResponse } },
      errors: ["session_not_found", "invalid_state"],
    },
  },
  "/webhooks/zoom": {
    post: {
      operationId: "zoomWebhook",
      summary: "Zoom's event notifications",
      description:
        "Signed by Zoom (`x-zm-signature`, `x-zm-request-timestamp`); no user authentication. Answers `endpoint.url_validation`; records `meeting.participant_joined` / `meeting.participant_left` and completes the session on `meeting.ended`. Repeated deliveries change nothing. 404 when no webhook secret is configured.",
      tags: ["Webhooks"],
      auth: "public",
      body: webhookEnvelope,
      ok: { 200: { description: "Handled (or ignored: not one of ours).", schema: zoomWebhookResponse } },
      errors: ["invalid_signature", "not_found"],
    },
  },
  "/openapi.json": {
    get: {
      operationId: "getOpenApiDocument",
      summary: "This document",
      tags: ["Reference"],
      auth: "public",
      ok: { 200: { description: "OpenAPI 3.1.", schema: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }) } },
      noDatabase: true,
    },
  },
};

function buildPaths(): ZodOpenApiPathsObject {
  return Object.fromEntries(
    Object.entries(PATHS).map(([path, methods]) => [path, Object.fromEntries(Object.entries(methods).map(([method, spec]) => [method, operation(method, spec)]))]),
  );
}

const DESCRIPTION = `1-on-1 video sessions between approved friends: friends, chat, sessions with a waiting room, one-time join links, an audit log.

- JSON in and out, \`snake_case\`, integer ids, ISO-8601 UTC timestamps.
- A trailing slash is optional on every path and never redirects. The original description's paths (\`/v1/sessions/...\`) work verbatim: \`/v1/...\` is a rewrite of \`/api/v1/...\` (second server below).
- Errors are always \`{"error": {"code", "message"}}\`; validation errors add \`fields\`. A method a path does not serve is a 405 \`method_not_allowed\` with an \`Allow\` header.
- Authenticate with the browser's session cookie or \`Authorization: Bearer <access_token>\` from \`POST /auth/token\`. Cookie-authenticated writes from another origin get 403 \`csrf_rejected\`. Bodies are \`application/json\` (415) of at most 64 KiB (413).
- The rules (who may join when, the state machine) are in docs/rules.md; \`allowed_actions\` on each session says what the caller may do now.`;

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  const spec: ZodOpenApiObject = {
    openapi: "3.1.0",
    info: { title: "Pairline API", version: "1.0.0", description: DESCRIPTION },
    servers: [
      { url: "/api/v1", description: "This app" },
      { url: "/v1", description: "The original description's paths: a rewrite to /api/v1 (not a redirect)" },
    ],
    tags: [
      { name: "Accounts" },
      { name: "Friends" },
      { name: "Chat" },
      { name: "Sessions", description: "The waiting room: create, start, ready, join, end, cancel." },
      { name: "Admin", description: "Admins only. Anyone else gets the 404 an unknown path gets." },
      { name: "Live", description: "The event stream; the header's counts are under Accounts." },
      { name: "Webhooks" },
      { name: "Reference" },
    ],
    components: {
      securitySchemes: {
        cookieAuth: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The browser's session (next-auth, JWT). Named `__Secure-next-auth.session-token` when the app is served over https.",
        },
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "`access_token` from POST /auth/token (HS256, expires)." },
      },
    },
    paths: buildPaths(),
  };
  cached ??= createDocument(spec);
  return cached;
}
