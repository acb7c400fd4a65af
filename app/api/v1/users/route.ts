// GET /api/v1/users?q= – find people by name, or by their exact email, with how they relate to the caller
import { withUser, routes } from "@/lib/api/route";
import { parseQuery } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { userSearchQuery } from "@/lib/accounts/schemas";
import { searchUsers } from "@/lib/accounts/search-users";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(async ({ req, user }) => {
    const { q } = parseQuery(req, userSearchQuery);
    return json(await searchUsers({ db: await getDb(), viewer: user, query: q }));
  }),
});
