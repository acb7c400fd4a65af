// GET /api/v1/admin/users/:id – one account with its counts and disable details (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { userIdParam } from "@/lib/admin/user-id-param";
import { adminUserDetailResponse } from "@/lib/admin/user-schemas";
import { getAdminUser } from "@/lib/admin/get-user";
import { adminUserDetailExample } from "@/lib/admin/user-examples";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  GET: withAdmin(
    {
      operationId: "adminGetUser",
      summary: "One account (admins)",
      description: "With the number of friends and sessions, and who disabled it, when and why.",
      tags: ["Admin"],
      params: userIdParam,
      responses: { 200: { description: "The account.", schema: adminUserDetailResponse, examples: { user: { summary: "An active account", value: adminUserDetailExample } } } },
      errors: ["user_not_found"],
    },
    async ({ params, db }) => json(await getAdminUser({ db, userId: params.id })),
  ),
});
