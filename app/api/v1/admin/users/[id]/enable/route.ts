// POST /api/v1/admin/users/:id/enable – let a disabled account sign in again (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { userIdParam } from "@/lib/admin/user-id-param";
import { adminUserDetailResponse } from "@/lib/admin/user-schemas";
import { enableUser } from "@/lib/admin/enable-user";
import { adminUserDetailExample } from "@/lib/admin/user-examples";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  POST: withAdmin(
    {
      operationId: "adminEnableUser",
      summary: "Enable an account (admins)",
      description: "The account may sign in again; credentials from before the disable stay revoked. Logged in the admin actions log. Enabling an active account changes nothing.",
      tags: ["Admin"],
      params: userIdParam,
      body: "none",
      responses: { 200: { description: "The account afterwards.", schema: adminUserDetailResponse, examples: { enabled: { summary: "Active again", value: adminUserDetailExample } } } },
      errors: ["user_not_found"],
    },
    async ({ params, user, db }) => json(await enableUser({ db, admin: user, userId: params.id })),
  ),
});
