// GET /api/v1/sessions/:id/audit-logs – the session's audit trail, oldest first
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { sessionIdParam } from "@/lib/api/path-id";
import { auditLogResponse } from "@/lib/sessions/schemas";
import { listAuditLogs } from "@/lib/sessions/list-audit-logs";
import { auditLogExample } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "listAuditLogs",
      summary: "The session's audit trail",
      description: "Every state change and join of the session, for its two participants.",
      tags: ["Sessions"],
      params: sessionIdParam,
      responses: { 200: { description: "Oldest first.", schema: auditLogResponse, examples: { flow: { summary: "The example flow", value: auditLogExample } } } },
      errors: ["session_not_found", "not_participant"],
    },
    async ({ params, user, db }) => json(await listAuditLogs({ db, sessionId: params.id, userId: user.id })),
  ),
});
