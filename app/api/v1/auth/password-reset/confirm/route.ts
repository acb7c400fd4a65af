// POST /api/v1/auth/password-reset/confirm – set a new password with an emailed reset link
import { withPublic, routes } from "@/lib/api/route";
import { noContent } from "@/lib/api/respond";
import { messages } from "@/lib/errors";
import { passwordResetConfirmBody } from "@/lib/accounts/schemas";
import { confirmPasswordReset } from "@/lib/accounts/confirm-password-reset";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withPublic(
    {
      operationId: "confirmPasswordReset",
      summary: "Set a new password with a reset link",
      description:
        "The token is the last part of the emailed link. The new password follows the rules of registration (see `new_password`); a refused one leaves the link working. On success the link is used up, every cookie and bearer token issued before stops working, and the account's failed sign-ins are forgotten (a lock-out lifts). Sign in with the new password.",
      tags: ["Accounts"],
      body: passwordResetConfirmBody,
      bodyExample: { token: "q3Yp0c0mXb7bT8mFQ1Hk2v5sVw9yZ4nA6rU3eJ8dL0o", new_password: "amber tractor meadow quill" },
      responses: { 204: { description: "The password is changed; older credentials are revoked." } },
      errors: ["token_invalid"],
      errorExamples: { token_invalid: messages.resetTokenInvalid },
    },
    async ({ body, db }) => {
      await confirmPasswordReset({ db, token: body.token, newPassword: body.new_password });
      return noContent();
    },
  ),
});
