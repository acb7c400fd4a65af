// GET /api/v1/sessions/:id/audit-logs – the session's audit trail, oldest first
import { withUser, routes } from "@/lib/api/route";
import { parseId } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { listAuditLogs } from "@/lib/sessions/list-audit-logs";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser<{ id: string }>(async ({ params, user }) => {
    return json(await listAuditLogs({ db: await getDb(), sessionId: parseId(params.id, "session"), userId: user.id }));
  }),
});
