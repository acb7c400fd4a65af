import { describe, expect, it } from "vitest";
import { dayLabel, dayStarts } from "@/lib/format/day";

describe("day separators", () => {
  const now = new Date(2026, 11, 6, 15, 0);
  it("labels today, yesterday and older days", () => {
    expect(dayLabel(new Date(2026, 11, 6, 9, 0).toISOString(), now)).toBe("Today");
    expect(dayLabel(new Date(2026, 11, 5, 23, 59).toISOString(), now)).toBe("Yesterday");
    expect(dayLabel(new Date(2026, 11, 1, 12, 0).toISOString(), now)).toBe("Tuesday, Dec 1, 2026");
  });
  it("starts a new day where the local date changes", () => {
    const isos = [new Date(2026, 11, 4, 10), new Date(2026, 11, 4, 23), new Date(2026, 11, 5, 0, 1), new Date(2026, 11, 6, 8)].map((d) => d.toISOString());
    expect([...dayStarts(isos)]).toEqual([0, 2, 3]);
    expect([...dayStarts([])]).toEqual([]);
  });
});
