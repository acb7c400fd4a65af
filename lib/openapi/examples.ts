// Examples for the API reference: the example flow of docs/rules.md (Alice starts a
// session with Bob; Bob marks ready, so Alice can join; Alice marks ready, so Bob can).
// Built with the real DTO functions, so an example can never disagree with a response;
// tests/api/openapi.test.ts also checks every example against its schema.
import { auditDto, eligibilityDto, INSTANT_SESSION_FIELDS, sessionDto, type AuditRow, type SessionRow } from "@/lib/sessions/dto";
import { adminSessionDto, joinTokenDto, type AdminSessionRow } from "@/lib/admin/dto";
import { messageDto } from "@/lib/chat/dto";
import { friendRequestDto, type FriendRequestRow } from "@/lib/friends/dto";
import type { ErrorResponse } from "@/lib/api/schemas";
import type { ErrorCode } from "@/lib/errors";
import { allowedFrom, targetStatus } from "@/lib/sessions/rules";

const alice = { id: 1, name: "Alice", email: "alice@example.com" };
const bob = { id: 2, name: "Bob", email: "bob@example.com" };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 10, minute, 0));

const created: SessionRow = {
  id: 7,
  status: allowedFrom("start")[0]!,
  initiatorId: alice.id,
  participantId: bob.id,
  startedById: null,
  videoProvider: null,
  zoomMeetingId: null,
  zoomMeetingUrl: null,
  zoomMeetingPassword: null,
  initiatorReady: false,
  participantReady: false,
  createdAt: at(0),
  startedAt: null,
  endedAt: null,
  updatedAt: at(0),
  initiator: { id: alice.id, name: alice.name },
  participant: { id: bob.id, name: bob.name },
  auditLogs: [],
  ...INSTANT_SESSION_FIELDS,
  zoomRegistrants: [],
};
const started: SessionRow = {
  ...created,
  status: targetStatus("start"),
  startedById: alice.id,
  videoProvider: "zoom",
  zoomMeetingId: "85746352413",
  zoomMeetingUrl: "https://us05web.zoom.us/j/85746352413?pwd=example",
  zoomMeetingPassword: "xK29pQ7mZa",
  startedAt: at(1),
  updatedAt: at(1),
};
const bobReady: SessionRow = { ...started, participantReady: true, updatedAt: at(2) };
const bothReady: SessionRow = { ...bobReady, initiatorReady: true, updatedAt: at(3) };
const ended: SessionRow = { ...bothReady, status: targetStatus("end"), endedAt: at(40), updatedAt: at(40) };
const cancelled: SessionRow = { ...created, status: targetStatus("cancel"), endedAt: at(5), updatedAt: at(5) };

const planned = new Date(Date.UTC(2026, 11, 24, 15, 0, 0));
const proposed: SessionRow = {
  ...created,
  id: 8,
  status: "scheduled",
  scheduledFor: planned,
  durationMinutes: 60,
  scheduledEnd: new Date(planned.getTime() + 60 * 60_000),
  note: "Pairing on the parser",
  invitation: "proposed",
  invitationById: alice.id,
};
const accepted: SessionRow = { ...proposed, invitation: "accepted", updatedAt: at(10) };
const movedByBob: SessionRow = {
  ...proposed,
  scheduledFor: new Date(planned.getTime() + 86_400_000),
  scheduledEnd: new Date(planned.getTime() + 86_400_000 + 60 * 60_000),
  invitationById: bob.id,
  sequence: 1,
  updatedAt: at(12),
};

export const sessionExamples = {
  scheduled: { summary: "Alice proposed a time to Bob (scheduled, proposed)", value: sessionDto(proposed, "initiator", at(0)) },
  accepted: { summary: "Bob accepted the time", value: sessionDto(accepted, "participant", at(10)) },
  rescheduled: { summary: "Bob proposed another time: Alice now answers", value: sessionDto(movedByBob, "participant", at(12)) },
  created: { summary: "Alice created a session with Bob (pending)", value: sessionDto(created, "initiator") },
  started: { summary: "Alice started it: active, she waits for Bob", value: sessionDto(started, "initiator") },
  bobReady: { summary: "Bob marked ready: he waits for Alice", value: sessionDto(bobReady, "participant") },
  aliceCanJoin: { summary: "Alice, once Bob is ready: she may join (meeting details included)", value: sessionDto(bobReady, "initiator") },
  bothReady: { summary: "Alice marked ready too: Bob may join", value: sessionDto(bothReady, "participant") },
  ended: { summary: "Ended (completed)", value: sessionDto(ended, "initiator") },
  cancelledByBob: { summary: "Bob cancelled it", value: sessionDto(cancelled, "participant") },
};

export const eligibilityExamples = {
  waiting: { summary: "Alice started; Bob is not ready yet", value: eligibilityDto(started, "initiator") },
  markReady: { summary: "Bob must mark himself ready", value: eligibilityDto(started, "participant") },
  canJoin: { summary: "Bob is ready: Alice may join", value: eligibilityDto(bobReady, "initiator") },
};

export const joinTokenExample = {
  token: "hV3n0Q9yS1dW8uL2cK6fB4eA7tR5pM0xZ2gJ9iY1oN4",
  expires_at: at(62).toISOString(),
  session_id: started.id,
  join_url: "https://pairline.example.com/join/hV3n0Q9yS1dW8uL2cK6fB4eA7tR5pM0xZ2gJ9iY1oN4",
};

export const redeemedExample = {
  session: sessionDto(bobReady, "initiator"),
  meeting: { provider: bobReady.videoProvider, meeting_id: bobReady.zoomMeetingId, join_url: bobReady.zoomMeetingUrl, password: bobReady.zoomMeetingPassword },
};

const auditRows: AuditRow[] = [
  { id: 31, sessionId: 7, eventType: "created", message: "Alice created a session with Bob", metadata: {}, createdAt: at(0), user: { id: alice.id, name: alice.name } },
  { id: 32, sessionId: 7, eventType: "started", message: "Alice started the session", metadata: {}, createdAt: at(1), user: { id: alice.id, name: alice.name } },
  { id: 33, sessionId: 7, eventType: "zoom_link_generated", message: "A Zoom meeting was created", metadata: { provider: "zoom", meeting_id: "85746352413" }, createdAt: at(1), user: { id: alice.id, name: alice.name } },
  { id: 34, sessionId: 7, eventType: "ready", message: "Bob is ready", metadata: {}, createdAt: at(2), user: { id: bob.id, name: bob.name } },
  { id: 35, sessionId: 7, eventType: "joined", message: "Alice joined the meeting", metadata: { via: "join_token" }, createdAt: at(3), user: { id: alice.id, name: alice.name } },
  { id: 36, sessionId: 7, eventType: "ended", message: "Alice ended the session", metadata: { provider_close: "ok" }, createdAt: at(40), user: { id: alice.id, name: alice.name } },
];
export const auditLogExample = auditRows.map(auditDto);

const adminRow = (row: SessionRow): AdminSessionRow => ({ ...row, initiator: alice, participant: bob });
export const adminSessionExample = adminSessionDto(adminRow(bobReady));
export const adminSessionDetailExample = {
  ...adminSessionDto(adminRow(bobReady)),
  join_tokens: [
    joinTokenDto(
      { id: 12, tokenHash: "3f9a1c0b7d2e4f6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a", createdAt: at(3), expiresAt: at(63), usedAt: at(3), revokedAt: null, user: alice },
      at(10),
    ),
  ],
};

/** An admin cancelled the started session: its join link is revoked with it. */
export const adminCancelledExample = {
  ...adminSessionDto(adminRow({ ...started, status: targetStatus("cancel"), endedAt: at(20), updatedAt: at(20) })),
  join_tokens: [
    joinTokenDto(
      { id: 13, tokenHash: "9c2b7e0d4a1f3e5b6c8d0a2f4e6b8d1c3a5e7f9b0d2c4e6a8f1b3d5c7e9a0b2d", createdAt: at(3), expiresAt: at(63), usedAt: null, revokedAt: at(20), user: alice },
      at(20),
    ),
  ],
};

export const messageExample = messageDto({ id: 101, kind: "session_link", text: "Alice started a video session", sessionId: 7, createdAt: at(1), sender: { id: alice.id, name: alice.name } });
export const textMessageExample = messageDto({ id: 100, kind: "text", text: "Ready for our session?", sessionId: null, createdAt: at(0), sender: { id: alice.id, name: alice.name } });

export const userExamples = { alice, bob };

const aliceAsksBob: FriendRequestRow = { id: 5, status: "pending", createdAt: at(0), fromUser: alice, toUser: bob };
const asViewer = (person: typeof alice) => ({ id: person.id, role: "user" as const });
export const friendRequestExamples = {
  /** What Alice sees of her request: not Bob's email until they are friends. */
  outgoing: friendRequestDto(aliceAsksBob, asViewer(alice)),
  /** What Bob sees of it. */
  incoming: friendRequestDto(aliceAsksBob, asViewer(bob)),
  /** Bob had asked first; Alice's request accepted his. */
  accepted: friendRequestDto({ ...aliceAsksBob, status: "accepted", fromUser: bob, toUser: alice }, asViewer(alice)),
  declined: friendRequestDto({ ...aliceAsksBob, status: "declined" }, asViewer(bob)),
};

export function errorExample(code: ErrorCode, message: string, extra: Omit<ErrorResponse["error"], "code" | "message"> = {}): ErrorResponse {
  return { error: { code, message, ...extra } };
}
