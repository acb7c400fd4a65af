import { describe, expect, it } from "vitest";
import { adminAuditLogsQuery, adminListSessionsQuery, lowerInstant, upperCondition } from "@/lib/admin/schemas";

const parse = (query: Record<string, string>) => adminListSessionsQuery.safeParse(query);
const fieldOf = (query: Record<string, string>) => {
  const result = parse(query);
  return result.success ? null : result.error.issues.map((issue) => issue.path.join("."));
};

describe("adminListSessionsQuery", () => {
  it("treats empty filters as absent, as a plain GET form sends them", () => {
    expect(parse({ status: "", created_from: "", created_to: "", q: "  " })).toMatchObject({ success: true, data: {} });
  });

  it("reads a day as the whole UTC day, inclusive at both ends", () => {
    const result = parse({ created_from: "2025-03-01", created_to: "2025-03-01" });
    expect(result.success).toBe(true);
    const { created_from, created_to } = result.data!;
    expect(lowerInstant(created_from!).toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(upperCondition(created_to!)).toEqual({ lt: new Date("2025-03-02T00:00:00.000Z") });
  });

  it("reads a date-time as that instant, inclusive", () => {
    const result = parse({ created_from: "2025-03-01T10:00:00+02:00", created_to: "2025-03-01T08:00:00.5Z" });
    expect(result.success).toBe(true);
    expect(lowerInstant(result.data!.created_from!).toISOString()).toBe("2025-03-01T08:00:00.000Z");
    expect(upperCondition(result.data!.created_to!)).toEqual({ lte: new Date("2025-03-01T08:00:00.500Z") });
  });

  it.each([
    ["not a date", { created_from: "yesterday" }, "created_from"],
    ["an impossible day", { created_from: "2025-02-29" }, "created_from"],
    ["a local date-time", { created_to: "2025-03-01T10:00:00" }, "created_to"],
    ["an impossible hour", { created_to: "2025-03-01T25:00Z" }, "created_to"],
    ["a range ending before it starts", { created_from: "2025-03-02", created_to: "2025-03-01" }, "created_to"],
    ["an unknown status", { status: "open" }, "status"],
    ["a search over 200 characters", { q: "x".repeat(201) }, "q"],
    ["a zero limit", { limit: "0" }, "limit"],
    ["a bad cursor", { cursor: "-1" }, "cursor"],
    ["an unknown parameter", { sort: "asc" }, ""],
  ])("refuses %s", (_label, query, field) => {
    expect(fieldOf(query)).toEqual([field]);
  });

  it("accepts a leap day and an equal from and to instant", () => {
    expect(parse({ created_from: "2024-02-29" }).success).toBe(true);
    expect(parse({ created_from: "2025-03-01T00:00:00Z", created_to: "2025-03-01T00:00:00Z" }).success).toBe(true);
  });
});

describe("adminAuditLogsQuery", () => {
  it("accepts every event type and nothing else", () => {
    expect(adminAuditLogsQuery.safeParse({ event_type: "zoom_link_generated" }).success).toBe(true);
    expect(adminAuditLogsQuery.safeParse({ event_type: "" }).data).toEqual({});
    expect(adminAuditLogsQuery.safeParse({ event_type: "deleted" }).success).toBe(false);
  });
});
