import { describe, expect, it } from "vitest";
import { eventFor } from "@/lib/live/event-for-change";
import { parseLiveEvent } from "@/lib/live/event-schemas";
import type { Change } from "@/lib/changes/types";

describe("eventFor", () => {
  it("names the session for both of its people", () => {
    const change: Change = { kind: "session", id: 7, users: [1, 2] };
    expect(eventFor(change, 1)).toEqual({ name: "session.updated", data: { session_id: 7 } });
    expect(eventFor(change, 2)).toEqual({ name: "session.updated", data: { session_id: 7 } });
  });

  it("names a message by the reader's friend, so each side gets the other's id", () => {
    const change: Change = { kind: "message", id: 40, users: [3, 9] };
    expect(eventFor(change, 3)).toEqual({ name: "message.created", data: { friend_id: 9, message_id: 40 } });
    expect(eventFor(change, 9)).toEqual({ name: "message.created", data: { friend_id: 3, message_id: 40 } });
  });

  it("names friend requests by id and friendships by the other person", () => {
    expect(eventFor({ kind: "friend_request", id: 5, users: [1, 2] }, 2)).toEqual({ name: "friend_request.updated", data: { request_id: 5 } });
    expect(eventFor({ kind: "friendship", id: "1:2", users: [1, 2] }, 1)).toEqual({ name: "friendship.updated", data: { user_id: 2 } });
    expect(eventFor({ kind: "friendship", id: "1:2", users: [1, 2] }, 2)).toEqual({ name: "friendship.updated", data: { user_id: 1 } });
  });

  it("has no event for a user's own account change (the stream checks its token instead)", () => {
    expect(eventFor({ kind: "user", id: 1, users: [1] }, 1)).toBeNull();
  });

  it("writes only events their schemas accept", () => {
    const changes: Change[] = [
      { kind: "session", id: 7, users: [1, 2] },
      { kind: "message", id: 40, users: [1, 2] },
      { kind: "friend_request", id: 5, users: [1, 2] },
      { kind: "friendship", id: "1:2", users: [1, 2] },
    ];
    for (const change of changes) {
      const event = eventFor(change, 1);
      expect(event && parseLiveEvent(event.name, event.data)).toEqual(event);
    }
  });
});
