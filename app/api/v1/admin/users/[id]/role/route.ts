// POST /api/v1/admin/users/:id/role – make an account an admin or a user; never the last active admin a user (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { userIdParam } from "@/lib/admin/user-id-param";
import { adminUserDetailResponse, changeRoleBody } from "@/lib/admin/user-schemas";
import { changeRole } from "@/lib/admin/change-role";
import { adminUserDetailExample } from "@/lib/admin/user-examples";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  POST: withAdmin(
    {
      operationId: "adminChangeRole",
      summary: "Change an account's role (admins)",
      description: "Bumps the account's token version (it signs in again with the new role). Refused with 409 `last_admin` when it would leave no active admin, also when two admins demote each other at once. Logged in the admin actions log.",
      tags: ["Admin"],
      params: userIdParam,
      body: changeRoleBody,
      bodyExample: { role: "admin" },
      responses: { 200: { description: "The account afterwards.", schema: adminUserDetailResponse, examples: { promoted: { summary: "Now an admin", value: { ...adminUserDetailExample, role: "admin" } } } } },
      errors: ["user_not_found", "last_admin"],
    },
    async ({ params, body, user, db }) => json(await changeRole({ db, admin: user, userId: params.id, role: body.role })),
  ),
});
