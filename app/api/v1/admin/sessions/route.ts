// GET /api/v1/admin/sessions – every session, newest first, filtered and cursor-paged (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { nextLink, nextLinkHeader } from "@/lib/api/pagination";
import { adminListSessionsQuery, adminSessionListResponse } from "@/lib/admin/schemas";
import { listAdminSessions } from "@/lib/admin/list-sessions";
import { adminSessionDto } from "@/lib/admin/dto";
import { adminSessionExample } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  GET: withAdmin(
    {
      operationId: "adminListSessions",
      summary: "Every session (admins)",
      description:
        "`q`: either person's name or email (any part, case-insensitive) or the exact meeting id. Dates: UTC days `YYYY-MM-DD` (inclusive) or date-times with a zone. Empty parameters filter nothing. Cursor-paged: follow the `Link` header.",
      tags: ["Admin"],
      query: adminListSessionsQuery,
      responses: { 200: { description: "Newest first.", schema: adminSessionListResponse, headers: nextLink, examples: { one: { summary: "One session", value: [adminSessionExample] } } } },
    },
    async ({ req, query, db }) => {
      const { sessions, nextCursor } = await listAdminSessions({ db, query });
      return json(sessions.map(adminSessionDto), 200, nextLinkHeader(req, nextCursor));
    },
  ),
});
