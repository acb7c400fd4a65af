import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { sessionCalendar, sessionUid, type CalendarSession } from "@/lib/calendar/session-calendar";
import { formatInZone } from "@/lib/mail/messages/scheduled-session";

const session: CalendarSession = {
  id: 42,
  status: "scheduled",
  scheduledFor: new Date("2026-12-24T15:00:00Z"),
  scheduledEnd: new Date("2026-12-24T16:00:00Z"),
  note: "Bring; commas, and\nnew lines",
  invitation: "proposed",
  sequence: 3,
  initiator: { name: "Alice", email: "alice@example.com" },
  participant: { name: "Bob", email: "bob@example.com" },
};

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return { method: root.getFirstPropertyValue("method"), events: root.getAllSubcomponents("vevent") };
}

describe("sessionCalendar", () => {
  it("one VEVENT per scheduled session, UTC, with the note kept intact through escaping", () => {
    const { method, events } = parse(sessionCalendar([session, { ...session, id: 43, scheduledFor: null, scheduledEnd: null }], "REQUEST"));
    expect(method).toBe("REQUEST");
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect(event.uid).toBe(sessionUid(42));
    expect(event.sequence).toBe(3);
    expect(event.startDate.toString()).toBe("2026-12-24T15:00:00Z");
    expect(event.description).toContain("Bring; commas, and\nnew lines");
    expect(events[0]!.getFirstPropertyValue("status")).toBe("TENTATIVE");
  });

  it("CANCEL marks the event CANCELLED; accepted is CONFIRMED; missed is CANCELLED", () => {
    const status = (s: CalendarSession, method: "PUBLISH" | "CANCEL" = "PUBLISH") => parse(sessionCalendar([s], method)).events[0]!.getFirstPropertyValue("status");
    expect(status(session, "CANCEL")).toBe("CANCELLED");
    expect(status({ ...session, invitation: "accepted" })).toBe("CONFIRMED");
    expect(status({ ...session, status: "missed" })).toBe("CANCELLED");
    expect(status({ ...session, status: "active", invitation: "accepted" })).toBe("CONFIRMED");
  });

  it("an attendee whose email the viewer may not see is left out", () => {
    const event = parse(sessionCalendar([{ ...session, participant: { name: "Bob", email: null } }], "PUBLISH")).events[0]!;
    expect(event.getAllProperties("attendee").map((property) => String(property.getFirstValue()).toLowerCase())).toEqual(["mailto:alice@example.com"]);
  });
});

describe("formatInZone", () => {
  it("names the zone, and falls back to UTC for an unknown one", () => {
    const at = new Date("2026-12-24T15:00:00Z");
    expect(formatInZone(at, "Asia/Tokyo")).toBe("Friday, 25 December 2026 at 00:00 (Asia/Tokyo)");
    expect(formatInZone(at, "Nowhere/Else")).toMatch(/15:00 \(UTC\)$/);
  });
});
