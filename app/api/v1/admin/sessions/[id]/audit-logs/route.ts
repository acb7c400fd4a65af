// GET /api/v1/admin/sessions/:id/audit-logs?event_type= – any session's audit trail, oldest first (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { sessionIdParam } from "@/lib/api/path-id";
import { adminAuditLogsQuery } from "@/lib/admin/schemas";
import { auditLogResponse } from "@/lib/sessions/schemas";
import { listAdminAuditLogs } from "@/lib/admin/list-audit-logs";
import { auditLogExample } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  GET: withAdmin(
    {
      operationId: "adminListAuditLogs",
      summary: "Any session's audit trail (admins)",
      description: "Oldest first; `event_type` keeps one kind of entry.",
      tags: ["Admin"],
      params: sessionIdParam,
      query: adminAuditLogsQuery,
      responses: { 200: { description: "Oldest first.", schema: auditLogResponse, examples: { flow: { summary: "The example flow", value: auditLogExample } } } },
      errors: ["session_not_found"],
    },
    async ({ params, query, db }) => json(await listAdminAuditLogs({ db, sessionId: params.id, query })),
  ),
});
