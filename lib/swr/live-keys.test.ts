import { describe, expect, it } from "vitest";
import { keysForEvent, matchesLiveKeys } from "@/lib/swr/live-keys";

function matched(name: string, data: Record<string, unknown>, candidates: string[]) {
  const target = keysForEvent(name, data);
  if (target === null || target === "all") return target;
  return candidates.filter((key) => matchesLiveKeys(target, key));
}

const KEYS = [
  "/api/v1/sessions/7/",
  "/api/v1/sessions/7/join-eligibility/",
  "/api/v1/sessions/7/audit-logs/",
  "/api/v1/sessions/8/",
  "/api/v1/sessions/8/join-eligibility/",
  "$inf$/api/v1/sessions/?limit=20",
  "open-sessions",
  "chat:3",
  "chat:4",
  "/api/v1/chats",
  "/api/v1/friends",
  "/api/v1/friends/requests",
  "/api/v1/users?q=al",
  "/api/v1/users/me/counts",
];

describe("keysForEvent", () => {
  it("session.updated: that session, its eligibility and log, the open sessions and the history", () => {
    expect(matched("session.updated", { session_id: 7 }, KEYS)).toEqual([
      "/api/v1/sessions/7/",
      "/api/v1/sessions/7/join-eligibility/",
      "/api/v1/sessions/7/audit-logs/",
      "$inf$/api/v1/sessions/?limit=20",
      "open-sessions",
    ]);
  });

  it("message.created: that conversation and the chat list", () => {
    expect(matched("message.created", { friend_id: 3, message_id: 99 }, KEYS)).toEqual(["chat:3", "/api/v1/chats"]);
  });

  it("friend_request.updated: the requests and people searches (their friendship field)", () => {
    expect(matched("friend_request.updated", { request_id: 1 }, KEYS)).toEqual(["/api/v1/friends/requests", "/api/v1/users?q=al"]);
  });

  it("friendship.updated: friends, chats, that conversation, open sessions and searches", () => {
    expect(matched("friendship.updated", { user_id: 4 }, KEYS)).toEqual(["open-sessions", "chat:4", "/api/v1/chats", "/api/v1/friends", "/api/v1/users?q=al"]);
  });

  it("resync: everything; unknown events and malformed ids: nothing", () => {
    expect(keysForEvent("resync", {})).toBe("all");
    expect(keysForEvent("something.else", { id: 1 })).toBeNull();
    expect(keysForEvent("session.updated", { session_id: "7" })).toBeNull();
  });
});
