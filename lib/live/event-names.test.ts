import { describe, expect, it } from "vitest";
import { LIVE_EVENT_FIELDS, LIVE_EVENT_NAMES, readLiveEvent } from "@/lib/live/event-names";
import { liveEventSchemas, parseLiveEvent } from "@/lib/live/event-schemas";

const SAMPLES: Record<string, unknown[]> = {
  "session.updated": [{ session_id: 7 }, {}, { session_id: "7" }, { session_id: 1.5 }],
  "message.created": [{ friend_id: 3, message_id: 99 }, { friend_id: 3 }, { friend_id: 3, message_id: null }],
  "friend_request.updated": [{ request_id: 1 }, { request_id: -1 }],
  "friendship.updated": [{ user_id: 4 }, { id: 4 }],
  presence: [{ user_id: 4, online: true }, { user_id: 4, online: false }, { user_id: 4, online: 1 }, { user_id: 4 }, { online: true }],
  counts: [{ incoming_requests: 0, unread_chats: 2, unread_messages: 3, waiting_sessions: 1 }, { incoming_requests: 0, unread_chats: 2, waiting_sessions: 1 }],
  resync: [{}],
};

describe("the event list and the event schemas", () => {
  it("name the same events with the same fields", () => {
    expect(Object.keys(liveEventSchemas)).toEqual(LIVE_EVENT_NAMES);
    for (const name of LIVE_EVENT_NAMES) expect(Object.keys(liveEventSchemas[name].shape)).toEqual(LIVE_EVENT_FIELDS[name]);
  });

  it("the browser's check accepts what the schemas accept", () => {
    for (const [name, samples] of Object.entries(SAMPLES)) {
      for (const sample of samples) {
        const read = readLiveEvent(name, JSON.stringify(sample));
        expect(read === null, `${name} ${JSON.stringify(sample)}`).toBe(parseLiveEvent(name, sample) === null);
      }
    }
  });

  it("unknown names, malformed JSON and non-objects are nothing", () => {
    expect(readLiveEvent("something.else", "{}")).toBeNull();
    expect(readLiveEvent("toString", "{}")).toBeNull();
    expect(readLiveEvent("session.updated", "{")).toBeNull();
    expect(readLiveEvent("resync", "null")).toBeNull();
    expect(readLiveEvent("session.updated", '{"session_id":7}')).toEqual({ name: "session.updated", data: { session_id: 7 } });
  });
});
