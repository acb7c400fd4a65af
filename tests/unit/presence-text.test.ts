import { describe, expect, it } from "vitest";
import { endSessionText, presenceText } from "@/components/sessions/presence-text";
import { meetingFacts } from "@/lib/video/presence-source";

const alice = { id: 1, name: "Alice" };
const bob = { id: 2, name: "Bob" };
const clock = (iso: string) => iso.slice(11, 16);
const base = { initiator: alice, participant: bob, in_meeting: [] as number[], opened_meeting: [] as { id: number; name: string; at: string }[] };

describe("presenceText", () => {
  it("Zoom (reports joins and leaves): who is in the meeting", () => {
    const zoom = { ...base, presence_reported: true };
    expect(presenceText(zoom, 1, clock)).toBe("Nobody is in the meeting right now.");
    expect(presenceText({ ...zoom, in_meeting: [1] }, 2, clock)).toBe("Alice is in the meeting.");
    expect(presenceText({ ...zoom, in_meeting: [1] }, 1, clock)).toBe("You are in the meeting.");
    expect(presenceText({ ...zoom, in_meeting: [1, 2] }, 1, clock)).toBe("You are both in the meeting.");
  });

  it("plain Jitsi: who opened the link and when, never 'in the meeting'", () => {
    const jitsi = { ...base, presence_reported: false };
    expect(presenceText(jitsi, 2, clock)).toBe("Nobody has opened the meeting yet.");
    const opened = [
      { ...alice, at: "2026-12-06T14:02:00.000Z" },
      { ...bob, at: "2026-12-06T14:05:00.000Z" },
    ];
    expect(presenceText({ ...jitsi, opened_meeting: opened.slice(0, 1) }, 2, clock)).toBe("Alice opened the meeting at 14:02.");
    expect(presenceText({ ...jitsi, opened_meeting: opened }, 2, clock)).toBe("Alice opened the meeting at 14:02; you opened the meeting at 14:05.");
    // Even if in_meeting were filled, a provider that reports nothing never claims it.
    for (const viewer of [1, 2]) expect(presenceText({ ...jitsi, in_meeting: [1, 2], opened_meeting: opened }, viewer, clock)).not.toMatch(/in the meeting/);
  });
});

describe("endSessionText", () => {
  it("Zoom closes the meeting for both; Jitsi only ends the session here", () => {
    expect(endSessionText(meetingFacts("zoom").endClosesMeeting)).toMatch(/The meeting closes for both of you/);
    const jitsi = endSessionText(meetingFacts("jitsi").endClosesMeeting);
    expect(jitsi).not.toMatch(/meeting closes/);
    expect(jitsi).toMatch(/The session ends here/);
  });
});
