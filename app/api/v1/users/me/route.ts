// GET /api/v1/users/me – the signed-in user; PATCH – rename
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { updateMeBody, userResponse } from "@/lib/accounts/schemas";
import { renameUser } from "@/lib/accounts/rename-user";
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
  PATCH: withUser(
    {
      operationId: "updateMe",
      summary: "Change your name",
      description: "The new name is shown everywhere at once: friends' lists, chats and sessions. A name over 80 characters is refused (`fields.name`), never cut.",
      tags: ["Accounts"],
      body: updateMeBody,
      bodyExample: { name: "Alice Liddell" },
      responses: { 200: { description: "You, renamed.", schema: userResponse, examples: { alice: { summary: "Alice", value: { ...userExamples.alice, role: "user" } } } } },
    },
    async ({ user, body, db }) => json(userDto(await renameUser({ db, userId: user.id, name: body.name }))),
  ),
});
