// GET /api/v1/users?q= – find people by name, or by their exact email, with how they relate to the caller
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { userSearchQuery, userSearchResponse } from "@/lib/accounts/schemas";
import { searchUsers } from "@/lib/accounts/search-users";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "searchUsers",
      summary: "Find people by name, or by their exact email",
      description: "Emails match only exactly, so the search cannot list who has an account.",
      tags: ["Accounts"],
      query: userSearchQuery,
      responses: {
        200: {
          description: "Up to 20 people, with how they relate to you.",
          schema: userSearchResponse,
          examples: { bob: { summary: "Alice searches for Bob", value: [{ id: 2, name: "Bob", friendship: "friends", email: "bob@example.com", joined_at: "2026-11", mutual_friends: 3 }] } },
        },
      },
    },
    async ({ query, user, db }) => json(await searchUsers({ db, viewer: user, query: query.q })),
  ),
});
