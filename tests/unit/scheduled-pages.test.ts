// The planned-session pages' pure pieces: the countdown's words, when a session update is
// a reminder worth a toast, and which sessions keep the planned view.
import { describe, expect, it } from "vitest";
import { countdownText } from "@/components/sessions/countdown";
import { reminderText } from "@/components/live/use-reminder-toasts";
import { isPlannedView, plannedEnd } from "@/components/sessions/planned";

const MIN = 60_000;
const T = Date.parse("2026-12-07T09:30:00.000Z");

describe("countdownText", () => {
  it("days and hours far ahead, minutes and seconds close by, then the window, then past", () => {
    expect(countdownText(T, T + 60 * MIN, T - (26 * 60 + 5) * MIN)).toBe("Starts in 1 d 2 h");
    expect(countdownText(T, T + 60 * MIN, T - 125 * MIN)).toBe("Starts in 2 h 5 min");
    expect(countdownText(T, T + 60 * MIN, T - 42 * MIN)).toBe("Starts in 42 min");
    expect(countdownText(T, T + 60 * MIN, T - 9 * MIN - 30_000)).toBe("Starts in 9 min 30 s");
    expect(countdownText(T, T + 60 * MIN, T + 5 * MIN)).toBe("The planned time began 5 min 0 s ago; 55 min left");
    expect(countdownText(T, T + 60 * MIN, T + 60 * MIN)).toBe("Its time has passed");
  });
});

describe("reminderText (the reminder toast)", () => {
  const planned = { status: "scheduled" as const, scheduled_for: new Date(T).toISOString() };
  it("minutes rounded up, one minute singular, now once due; nothing once no longer planned", () => {
    expect(reminderText(planned, "Bob", T - 10 * MIN)).toBe("Your session with Bob starts in 10 minutes");
    expect(reminderText(planned, "Bob", T - 9 * MIN - 1)).toBe("Your session with Bob starts in 10 minutes");
    expect(reminderText(planned, "Bob", T - 30_000)).toBe("Your session with Bob starts in 1 minute");
    expect(reminderText(planned, "Bob", T + 1)).toBe("Your session with Bob is starting now");
    expect(reminderText({ ...planned, status: "cancelled" }, "Bob", T - 5 * MIN)).toBeNull();
    expect(reminderText({ ...planned, status: "active" }, "Bob", T - 5 * MIN)).toBeNull();
  });
});

describe("isPlannedView", () => {
  const planned = { status: "scheduled" as const, scheduled_for: new Date(T).toISOString(), started_at: null, duration_minutes: 45 };
  it("planned, missed and cancelled-before-start plans; not instant or started sessions", () => {
    expect(isPlannedView(planned)).toBe(true);
    expect(isPlannedView({ ...planned, status: "missed" })).toBe(true);
    expect(isPlannedView({ ...planned, status: "cancelled" })).toBe(true);
    expect(isPlannedView({ ...planned, status: "active", started_at: new Date(T).toISOString() })).toBe(false);
    expect(isPlannedView({ ...planned, status: "cancelled", started_at: new Date(T).toISOString() })).toBe(false);
    expect(isPlannedView({ ...planned, status: "pending", scheduled_for: null })).toBe(false);
    expect(plannedEnd(planned)).toBe(T + 45 * MIN);
  });
});
