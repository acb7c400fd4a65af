// GET /api/v1/admin/audit-log – the admin actions log, newest first, cursor-paged (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { nextLink, nextLinkHeader } from "@/lib/api/pagination";
import { adminActionListResponse, adminActionsQuery } from "@/lib/admin/user-schemas";
import { listAdminActions } from "@/lib/admin/list-admin-actions";
import { adminActionExample } from "@/lib/admin/user-examples";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  GET: withAdmin(
    {
      operationId: "adminListActions",
      summary: "The admin actions log (admins)",
      description: "What admins did: `user_disabled`, `user_enabled`, `role_changed`, `session_cancelled`. Append-only. `user_id`: only the actions on that user. Cursor-paged: follow the `Link` header.",
      tags: ["Admin"],
      query: adminActionsQuery,
      responses: { 200: { description: "Newest first.", schema: adminActionListResponse, headers: nextLink, examples: { one: { summary: "A disable", value: [adminActionExample] } } } },
    },
    async ({ req, query, db }) => {
      const { actions, nextCursor } = await listAdminActions({ db, query });
      return json(actions, 200, nextLinkHeader(req, nextCursor));
    },
  ),
});
