// POST /api/v1/auth/sign-out-everywhere – revoke every cookie and bearer token of the caller, this one included
import { withUser, routes } from "@/lib/api/route";
import { parseJsonBody } from "@/lib/api/body";
import { noContent } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { emptyBody } from "@/lib/sessions/schemas";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(async ({ req, user }) => {
    await parseJsonBody(req, emptyBody);
    await signOutEverywhere({ db: await getDb(), userId: user.id });
    return noContent();
  }),
});
