import { describe, expect, it } from "vitest";
import { presenceOf, type PresenceEvent } from "@/lib/sessions/presence";
import type { AuditEventTypeValue } from "@/lib/sessions/rules";

const alice = { id: 1, name: "Alice" };
const bob = { id: 2, name: "Bob" };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 10, minute));
const ev = (eventType: AuditEventTypeValue, user: typeof alice | null, minute: number, metadata: Record<string, unknown> = {}): PresenceEvent => ({
  eventType,
  userId: user?.id ?? null,
  user,
  metadata,
  createdAt: at(minute),
});
const active = { status: "active" as const, initiatorId: 1, participantId: 2, videoProvider: "zoom" };

describe("presenceOf", () => {
  it("nobody has joined yet", () => {
    expect(presenceOf(active, [])).toEqual({ inMeeting: [], joined: [], firstJoinedAt: null, opened: [], finish: null });
  });

  it("joined and left in order; the latest event per person wins", () => {
    const events = [ev("joined", alice, 1), ev("joined", bob, 2), ev("left", alice, 3)];
    const presence = presenceOf(active, events);
    expect(presence.inMeeting).toEqual([2]);
    expect(presence.joined).toEqual([alice, bob]);
    expect(presence.firstJoinedAt).toEqual(at(1));
    expect(presenceOf(active, [...events, ev("joined", alice, 4)]).inMeeting).toEqual([1, 2]);
  });

  it("an unmatched Zoom participant (no user) and strangers are not counted", () => {
    const stranger = { id: 9, name: "Mallory" };
    expect(presenceOf(active, [ev("joined", null, 1), ev("joined", stranger, 2)]).inMeeting).toEqual([]);
  });

  it("nobody is in the meeting of a finished session", () => {
    const completed = { ...active, status: "completed" as const };
    const presence = presenceOf(completed, [ev("joined", alice, 1), ev("ended", bob, 13)]);
    expect(presence.inMeeting).toEqual([]);
    expect(presence.joined).toEqual([alice]);
    expect(presence.finish).toEqual({ by: bob, reason: "ended", at: at(13) });
  });

  it.each([
    ["ended", null, {}, "meeting_ended"],
    ["ended", alice, {}, "ended"],
    ["cancelled", alice, {}, "cancelled"],
    ["cancelled", alice, { reason: "unfriended" }, "unfriended"],
    ["cancelled", { id: 7, name: "Ada" }, { by_admin: true }, "admin"],
  ] as const)("%s by %o with %o is %s", (type, user, metadata, reason) => {
    const status = type === "ended" ? ("completed" as const) : ("cancelled" as const);
    expect(presenceOf({ ...active, status }, [ev(type, user, 5, metadata)]).finish?.reason).toBe(reason);
  });

  it("open sessions have no finish", () => {
    expect(presenceOf(active, [ev("cancelled", alice, 1)]).finish).toBeNull();
  });

  it("plain Jitsi reports no joins or leaves: nobody is 'in the meeting', only who opened the link and when", () => {
    const jitsi = { ...active, videoProvider: "jitsi" };
    const events = [ev("joined", alice, 1, { via: "join_token" }), ev("joined", bob, 2, { via: "join_token" }), ev("joined", alice, 5, { via: "join_token" })];
    const presence = presenceOf(jitsi, events);
    expect(presence.inMeeting).toEqual([]);
    expect(presence.opened).toEqual([{ ...alice, at: at(1) }, { ...bob, at: at(2) }]);
    expect(presence.joined).toEqual([alice, bob]);
  });

  it("Zoom: webhook joins count as in the meeting, but only join-token joins as opening the link", () => {
    const events = [ev("joined", alice, 1, { via: "join_token" }), ev("joined", bob, 2, { via: "zoom_webhook" })];
    const presence = presenceOf(active, events);
    expect(presence.inMeeting).toEqual([1, 2]);
    expect(presence.opened).toEqual([{ ...alice, at: at(1) }]);
  });
});
