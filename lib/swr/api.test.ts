import { describe, expect, it } from "vitest";
import { api } from "@/lib/swr/api";

// The addresses the routes answer (app/api/v1/**): keys are these exact strings, so one
// spelling each.
describe("api addresses", () => {
  it("sessions end in a slash; lists carry limit, then status", () => {
    expect(api.sessions.key(7)).toBe("/api/v1/sessions/7/");
    expect(api.sessions.eligibilityKey(7)).toBe("/api/v1/sessions/7/join-eligibility/");
    expect(api.sessions.auditLogKey(7)).toBe("/api/v1/sessions/7/audit-logs/");
    expect(api.sessions.listUrl({ limit: 20, status: "" })).toBe("/api/v1/sessions/?limit=20");
    expect(api.sessions.listUrl({ limit: 20, status: "active" })).toBe("/api/v1/sessions/?limit=20&status=active");
    expect(api.sessions.listUrl({ limit: 20 }).startsWith(api.sessions.listPrefix)).toBe(true);
  });

  it("searches start with the search prefix and encode the query", () => {
    expect(api.users.searchKey("a b&c")).toBe("/api/v1/users?q=a%20b%26c");
    expect(api.users.searchKey("al").startsWith(api.users.searchPrefix)).toBe(true);
  });

  it("admin lists keep the canonical query and add the cursor; audit logs filter by event type", () => {
    expect(api.admin.sessionsUrl("")).toBe("/api/v1/admin/sessions");
    expect(api.admin.sessionsUrl("status=active&limit=25", 9)).toBe("/api/v1/admin/sessions?status=active&limit=25&cursor=9");
    expect(api.admin.auditLogsKey(3)).toBe("/api/v1/admin/sessions/3/audit-logs");
    expect(api.admin.auditLogsKey(3, "started")).toBe("/api/v1/admin/sessions/3/audit-logs?event_type=started");
  });
});
