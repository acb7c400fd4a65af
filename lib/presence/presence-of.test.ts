import { describe, expect, it } from "vitest";
import { visiblePresence } from "@/lib/presence/presence-of";

const now = new Date("2026-12-06T10:00:00.000Z");
const seen = new Date("2026-12-06T09:55:00.000Z");

describe("visiblePresence", () => {
  it("online: now", () => {
    expect(visiblePresence({ online: true, lastSeenAt: seen, showPresence: true }, now)).toEqual({ online: true, last_seen_at: now.toISOString() });
  });

  it("offline: when last seen, or null if never", () => {
    expect(visiblePresence({ online: false, lastSeenAt: seen, showPresence: true }, now)).toEqual({ online: false, last_seen_at: seen.toISOString() });
    expect(visiblePresence({ online: false, lastSeenAt: null, showPresence: true }, now)).toEqual({ online: false, last_seen_at: null });
  });

  it("hidden, or unknown: nothing at all", () => {
    expect(visiblePresence({ online: true, lastSeenAt: seen, showPresence: false }, now)).toEqual({ online: false, last_seen_at: null });
    expect(visiblePresence(undefined, now)).toEqual({ online: false, last_seen_at: null });
  });
});
