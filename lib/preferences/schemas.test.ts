import { describe, expect, it } from "vitest";
import { isTimeZone, updatePreferencesBody } from "@/lib/preferences/schemas";

describe("preferences", () => {
  it.each(["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"])("%s is a time zone", (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each(["", "Mars/Olympus_Mons", "Europe/Berlinn", "x".repeat(65)])("%j is not", (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });

  it("an update takes any subset and nothing else", () => {
    expect(updatePreferencesBody.safeParse({}).success).toBe(true);
    expect(updatePreferencesBody.safeParse({ show_presence: false }).success).toBe(true);
    expect(updatePreferencesBody.safeParse({ show_presence: false, other: 1 }).success).toBe(false);
  });
});
