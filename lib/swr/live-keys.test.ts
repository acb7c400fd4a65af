import { describe, expect, it } from "vitest";
import { INFINITE_PREFIX, OPEN_SESSIONS_KEY, chatMessagesKey, keysForEvent, matchesLiveKeys } from "@/lib/swr/live-keys";
import { readLiveEvent } from "@/lib/live/event-names";
import { api } from "@/lib/swr/api";

function matched(name: string, data: Record<string, unknown>, candidates: string[]) {
  const event = readLiveEvent(name, JSON.stringify(data));
  const target = event && keysForEvent(event);
  if (target === null || target === "all") return target;
  return candidates.filter((key) => matchesLiveKeys(target, key));
}

const { sessions, chats, friends, users } = api;
const HISTORY = INFINITE_PREFIX + sessions.listUrl({ limit: 20 });
const SEARCH = users.searchKey("al");
const KEYS = [
  sessions.key(7),
  sessions.eligibilityKey(7),
  sessions.auditLogKey(7),
  sessions.key(8),
  sessions.eligibilityKey(8),
  HISTORY,
  OPEN_SESSIONS_KEY,
  sessions.upcomingKey,
  chatMessagesKey(3),
  chatMessagesKey(4),
  chats.key,
  friends.key,
  friends.requestsKey,
  SEARCH,
  users.countsKey,
];

describe("keysForEvent", () => {
  it("session.updated: that session, its eligibility and log, the open and upcoming sessions and the history", () => {
    expect(matched("session.updated", { session_id: 7 }, KEYS)).toEqual([sessions.key(7), sessions.eligibilityKey(7), sessions.auditLogKey(7), HISTORY, OPEN_SESSIONS_KEY, sessions.upcomingKey]);
  });

  it("message.created: that conversation and the chat list", () => {
    expect(matched("message.created", { friend_id: 3, message_id: 99 }, KEYS)).toEqual([chatMessagesKey(3), chats.key]);
  });

  it("friend_request.updated: the requests and people searches (their friendship field)", () => {
    expect(matched("friend_request.updated", { request_id: 1 }, KEYS)).toEqual([friends.requestsKey, SEARCH]);
  });

  it("friendship.updated: friends, chats, that conversation, open and upcoming sessions and searches", () => {
    expect(matched("friendship.updated", { user_id: 4 }, KEYS)).toEqual([OPEN_SESSIONS_KEY, sessions.upcomingKey, chatMessagesKey(4), chats.key, friends.key, SEARCH]);
  });

  it("resync: everything; counts: nothing to refetch; unknown events and malformed ids: nothing", () => {
    expect(matched("resync", {}, KEYS)).toBe("all");
    expect(matched("counts", { incoming_requests: 1, unread_chats: 0, unread_messages: 0, waiting_sessions: 0 }, KEYS)).toBeNull();
    expect(matched("something.else", { id: 1 }, KEYS)).toBeNull();
    expect(matched("session.updated", { session_id: "7" }, KEYS)).toBeNull();
  });
});
