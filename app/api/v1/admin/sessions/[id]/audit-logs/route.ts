// GET /api/v1/admin/sessions/:id/audit-logs?event_type= – any session's audit trail, oldest first (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { parseId, parseQuery } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { adminAuditLogsQuery } from "@/lib/admin/schemas";
import { listAdminAuditLogs } from "@/lib/admin/list-audit-logs";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  GET: withAdmin<{ id: string }>(async ({ req, params }) => {
    const sessionId = parseId(params.id, "session");
    const query = parseQuery(req, adminAuditLogsQuery);
    return json(await listAdminAuditLogs({ db: await getDb(), sessionId, query }));
  }),
});
