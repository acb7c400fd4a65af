// GET /api/v1/users/me – the signed-in user; PATCH – rename; DELETE – delete the account
import { withUser, routes } from "@/lib/api/route";
import { json, noContent } from "@/lib/api/respond";
import { clientAddress } from "@/lib/api/client-address";
import { deleteAccountBody, updateMeBody, userResponse } from "@/lib/accounts/schemas";
import { deleteAccount } from "@/lib/accounts/delete-account";
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
  DELETE: withUser(
    {
      operationId: "deleteMe",
      summary: "Delete your account",
      description:
        "Asks for your password (a wrong one counts as a failed sign-in). In one step: every cookie and token ends, the email is free to register again, your friendships, friend requests, preferences, invitation links and conversations (both sides' messages) are deleted, and your pending and active sessions are cancelled (audit metadata `{\"reason\": \"account_deleted\"}`). Past sessions and their audit entries stay for the other person, showing you as \"Deleted user\" without an email. The last active admin cannot delete their account (409 `last_admin`).",
      tags: ["Accounts"],
      body: deleteAccountBody,
      bodyExample: { password: "correct horse battery" },
      responses: { 204: { description: "Deleted; you are signed out." } },
      errors: ["invalid_credentials", "last_admin"],
      errorExamples: { invalid_credentials: "The password is incorrect." },
      rateLimits: ["signInAccountAddress", "signInAccount", "signInAddress"],
    },
    async ({ req, user, body, db }) => {
      await deleteAccount({ db, user, password: body.password, clientAddress: clientAddress(req.headers) });
      return noContent();
    },
  ),
});
