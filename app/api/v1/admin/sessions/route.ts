// GET /api/v1/admin/sessions – every session, newest first, filtered and cursor-paged (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { parseQuery } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { nextLinkHeader } from "@/lib/api/pagination";
import { getDb } from "@/lib/db";
import { adminListSessionsQuery } from "@/lib/admin/schemas";
import { listAdminSessions } from "@/lib/admin/list-sessions";
import { adminSessionDto } from "@/lib/admin/dto";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  GET: withAdmin(async ({ req }) => {
    const query = parseQuery(req, adminListSessionsQuery);
    const { sessions, nextCursor } = await listAdminSessions({ db: await getDb(), query });
    return json(sessions.map(adminSessionDto), 200, nextLinkHeader(req, nextCursor));
  }),
});
