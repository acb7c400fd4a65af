// POST /api/v1/auth/password – change the caller's password; every cookie and bearer token issued before stops working
import { withUser, routes } from "@/lib/api/route";
import { noContent } from "@/lib/api/respond";
import { clientAddress } from "@/lib/api/client-address";
import { messages } from "@/lib/errors";
import { changePasswordBody } from "@/lib/accounts/schemas";
import { changePassword } from "@/lib/accounts/change-password";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(
    {
      operationId: "changePassword",
      summary: "Change your password",
      description:
        "The new password follows the rules of registration (see `new_password`). Every cookie and bearer token issued before, this one included, stops working: sign in again. A wrong current password counts as a failed sign-in.",
      tags: ["Accounts"],
      body: changePasswordBody,
      bodyExample: { current_password: "violet kettle orbit lantern", new_password: "amber tractor meadow quill" },
      responses: { 204: { description: "Changed; older credentials are revoked." } },
      errors: ["invalid_credentials"],
      errorExamples: { invalid_credentials: messages.wrongCurrentPassword },
      rateLimits: ["signInAccountAddress", "signInAccount", "signInAddress"],
    },
    async ({ req, body, user, db }) => {
      await changePassword({ db, user, currentPassword: body.current_password, newPassword: body.new_password, clientAddress: clientAddress(req.headers) });
      return noContent();
    },
  ),
});
