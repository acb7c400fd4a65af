// POST /api/v1/admin/users/:id/disable – end every credential of the account, cancel its open sessions, hide it (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { userIdParam } from "@/lib/admin/user-id-param";
import { adminUserDetailResponse, disableUserBody } from "@/lib/admin/user-schemas";
import { disableUser } from "@/lib/admin/disable-user";
import { disabledUserExample } from "@/lib/admin/user-examples";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  POST: withAdmin(
    {
      operationId: "adminDisableUser",
      summary: "Disable an account (admins)",
      description:
        "Every cookie, bearer token and event stream of the account ends within a second; its pending and active sessions are cancelled (audit metadata `{\"reason\": \"account_disabled\"}`); it vanishes from search; signing in with the right password answers 403 `account_disabled`. Logged in the admin actions log with the reason. Disabling a disabled account changes nothing.",
      tags: ["Admin"],
      params: userIdParam,
      body: disableUserBody,
      bodyExample: { reason: "Spam in chat" },
      responses: { 200: { description: "The account afterwards.", schema: adminUserDetailResponse, examples: { disabled: { summary: "Disabled", value: disabledUserExample } } } },
      errors: ["user_not_found", "cannot_disable_self"],
    },
    async ({ params, body, user, db }) => json(await disableUser({ db, admin: user, userId: params.id, reason: body.reason })),
  ),
});
