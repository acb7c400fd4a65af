// POST /api/v1/auth/sign-out-everywhere – revoke every cookie and bearer token of the caller, this one included
import { withUser, routes } from "@/lib/api/route";
import { noContent } from "@/lib/api/respond";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(
    {
      operationId: "signOutEverywhere",
      summary: "Revoke every cookie and bearer token of yours",
      description: "This credential included: sign in again afterwards. Open event streams end.",
      tags: ["Accounts"],
      body: "none",
      responses: { 204: { description: "Every credential issued so far is revoked." } },
    },
    async ({ user, db }) => {
      await signOutEverywhere({ db, userId: user.id });
      return noContent();
    },
  ),
});
