import { describe, expect, it } from "vitest";
import { formatDuration, formatRelative, secondsBetween } from "@/lib/format/time";

const now = Date.parse("2026-11-27T12:00:00Z");
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe("formatRelative", () => {
  it.each([
    [10, "just now"],
    [120, "2 min ago"],
    [3 * 3600, "3 h ago"],
    [26 * 3600, "yesterday"],
    [4 * 86_400, "4 days ago"],
    [-300, "in 5 min"],
  ])("%i s ago reads %s", (seconds, expected) => {
    expect(formatRelative(ago(seconds), now)).toBe(expected);
  });

  it("older than a week gives the date", () => {
    expect(formatRelative("2026-10-01T10:00:00Z", now)).toBe("Oct 1, 2026");
  });
});

describe("formatDuration", () => {
  it.each([
    [31, "31 s"],
    [12 * 60 + 4, "12 min"],
    [3600 + 5 * 60, "1 h 5 min"],
    [7200, "2 h"],
  ])("%i s is %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it("secondsBetween needs both ends", () => {
    expect(secondsBetween(null, ago(0))).toBeNull();
    expect(secondsBetween(ago(60), ago(0))).toBe(60);
  });
});
