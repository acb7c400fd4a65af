import { describe, expect, it } from "vitest";
import { meetingFacts, reportsPresence } from "@/lib/video/presence-source";

describe("meetingFacts", () => {
  it("Zoom reports joins and leaves and ending closes its meeting", () => {
    expect(meetingFacts("zoom")).toEqual({ reportsPresence: true, endClosesMeeting: true });
  });
  it("plain Jitsi reports nothing and ending leaves the room alone", () => {
    expect(meetingFacts("jitsi")).toEqual({ reportsPresence: false, endClosesMeeting: false });
  });
  it("Jitsi on 8x8 JaaS with its webhooks reports joins and leaves, and ending still leaves the room alone", () => {
    expect(meetingFacts("jaas")).toEqual({ reportsPresence: true, endClosesMeeting: false });
  });
  it("an unknown or missing provider claims nothing", () => {
    expect(reportsPresence(null)).toBe(false);
    expect(reportsPresence("teams")).toBe(false);
  });
});
