// What the change feed announces. Ids only, never content: a subscriber re-reads what it
// needs with the reader's own authorization. `users` names everyone whose view the change
// may alter (both people of a session, message, friend request or friendship; the user
// for a user change; the owner of a chat read marker, migration
// 20261127095500_announce_read_markers), so a per-user stream can route an event
// without a query.
export const CHANGE_CHANNEL = "pairline_changes";

const CHANGE_KINDS = ["session", "message", "friend_request", "friendship", "user", "read_marker", "presence", "session_reminder"] as const;
type ChangeKind = (typeof CHANGE_KINDS)[number];

/** `session_reminder`: a scheduled session starts in 10 minutes (lib/scheduling/schedule-loop.ts; users: its two people). `id` is the row id; for a friendship (no id of its own) "lowUserId:highUserId", for a read marker "userId:conversationId"; for presence the user whose presence changed (users: that user; the hubs find their friends). */
export type Change = { kind: ChangeKind; id: number | string; users: number[] };

/**
 * "Treat everything as changed": sent when the feed (re)connects (`healthy: true`), when
 * it loses its connection (`healthy: false`, changes may be missed until the next resync),
 * and when a change may have been missed while connected.
 */
type Resync = { kind: "resync"; healthy: boolean };

export type FeedEvent = Change | Resync;
export type FeedListener = (event: FeedEvent) => void;

const KINDS = new Set<string>(CHANGE_KINDS);

/** The JSON the database triggers send (prisma/migrations/*_change_feed), or null if malformed. */
export function parseChange(payload: string | undefined): Change | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as { kind?: unknown; id?: unknown; users?: unknown };
    if (typeof value.kind !== "string" || !KINDS.has(value.kind)) return null;
    if (typeof value.id !== "number" && typeof value.id !== "string") return null;
    const users = Array.isArray(value.users) ? value.users.filter((user): user is number => Number.isInteger(user)) : [];
    return { kind: value.kind as ChangeKind, id: value.id, users };
  } catch {
    return null;
  }
}
