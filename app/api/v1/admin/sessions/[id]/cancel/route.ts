// POST /api/v1/admin/sessions/:id/cancel – cancel any pending or active session, audited with the admin as the user
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { parseId, parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { emptyBody } from "@/lib/sessions/schemas";
import { cancelAdminSession } from "@/lib/admin/cancel-session";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  POST: withAdmin<{ id: string }>(async ({ req, params, user }) => {
    const sessionId = parseId(params.id, "session");
    await parseJsonBody(req, emptyBody);
    return json(await cancelAdminSession({ db: await getDb(), sessionId, admin: user }));
  }),
});
