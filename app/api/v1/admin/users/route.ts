// GET /api/v1/admin/users – every account, newest first, searched, filtered and cursor-paged (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { nextLink, nextLinkHeader } from "@/lib/api/pagination";
import { adminListUsersQuery, adminUserListResponse } from "@/lib/admin/user-schemas";
import { listAdminUsers } from "@/lib/admin/list-users";
import { adminUserExample } from "@/lib/admin/user-examples";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  GET: withAdmin(
    {
      operationId: "adminListUsers",
      summary: "Every account (admins)",
      description: "`q`: any part of the name or email (case-insensitive); `role`, `status` filter. Deleted accounts are not listed. Empty parameters filter nothing. Cursor-paged: follow the `Link` header.",
      tags: ["Admin"],
      query: adminListUsersQuery,
      responses: { 200: { description: "Newest first.", schema: adminUserListResponse, headers: nextLink, examples: { one: { summary: "One account", value: [adminUserExample] } } } },
    },
    async ({ req, query, db }) => {
      const { users, nextCursor } = await listAdminUsers({ db, query });
      return json(users, 200, nextLinkHeader(req, nextCursor));
    },
  ),
});
