import { describe, expect, it } from "vitest";
import { activitySentence } from "@/lib/format/activity";

const alice = { id: 1, name: "Alice" };
const bob = { id: 2, name: "Bob" };
type Entry = Parameters<typeof activitySentence>[0];
const say = (event_type: string, user: typeof alice | null, metadata: Record<string, unknown> = {}, viewer = 1) =>
  activitySentence({ event_type: event_type as Entry["event_type"], user, metadata: metadata as Entry["metadata"] }, viewer);
const guest = { name: "Guest 7", email: null, participant_user_id: null };

describe("activitySentence", () => {
  it.each([
    [say("created", alice), "You created the session."],
    [say("started", bob), "Bob started the meeting."],
    [say("zoom_link_generated", bob, { provider: "jitsi" }), "The Jitsi meeting was set up."],
    [say("zoom_link_generated", bob, { provider: "zoom", meeting_id: "123" }), "The Zoom meeting was set up."],
    [say("ready", bob), "Bob is ready."],
    [say("ready", alice), "You are ready."],
    [say("ready", bob, { via: "join" }), "Bob joined without pressing Ready, so they are marked ready."],
    [say("joined", bob, { via: "join_token" }), "Bob joined the meeting."],
    [say("joined", null, { via: "zoom_webhook", zoom_participant: guest, join_time: null }), "Guest 7 joined the Zoom meeting."],
    [say("joined", bob, { via: "zoom_webhook", zoom_participant: guest, join_time: null }), "Bob joined the Zoom meeting."],
    [say("left", bob, { via: "zoom_webhook", zoom_participant: guest, leave_time: null }), "Bob left the meeting."],
    [say("left", null, { via: "zoom_webhook", zoom_participant: guest, leave_time: null }), "Guest 7 left the meeting."],
    [say("left", null, { via: "something else" }), "Someone left the meeting."],
    [say("ended", bob, { provider_close: "ok" }), "Bob ended the session."],
    [say("ended", null, { via: "zoom_webhook" }), "The meeting ended at the video provider, so the session ended."],
    [say("cancelled", alice, { reason: "unfriended" }), "The session was cancelled because you ended the friendship."],
    [say("cancelled", { id: 9, name: "Ada" }, { by_admin: true }), "An administrator cancelled the session."],
    [say("cancelled", bob), "Bob cancelled the session."],
    [say("cancelled", bob, { provider_close: "failed", provider_error: "Zoom said no" }), "Bob cancelled the session."],
    [say("start_failed", alice, { provider: "zoom", step: "add_registrant", error_code: "provider_error", meeting_id: "1", meeting_deleted: true }), "Zoom could not register everyone for the meeting, so the session was not started. Try Start session again."],
    [say("joined", null, { via: "jaas_webhook", jaas_participant: { name: "Laptop", id: null } }), "Laptop joined the meeting."],
    [say("joined", bob, { via: "jaas_webhook", jaas_participant: { name: "Laptop", id: "2" } }), "Bob joined the meeting."],
  ])("%s", (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("never shows raw metadata", () => {
    expect(say("zoom_link_generated", bob, { provider: "jitsi", meeting_id: "pairline-abc" })).not.toContain("pairline-abc");
  });
});
