// GET /api/v1/users/me – the signed-in user
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { userResponse } from "@/lib/accounts/schemas";
import { userDto } from "@/lib/accounts/dto";
import { userExamples } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "getMe",
      summary: "The signed-in user",
      description: "Who the cookie or bearer token belongs to, and their role.",
      tags: ["Accounts"],
      responses: { 200: { description: "You.", schema: userResponse, examples: { alice: { summary: "Alice", value: { ...userExamples.alice, role: "user" } } } } },
      db: "none",
    },
    async ({ user }) => json(userDto(user)),
  ),
});
