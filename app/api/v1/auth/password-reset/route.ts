// POST /api/v1/auth/password-reset – email a reset link; the same 202 whether or not the account exists
import { withPublic, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { clientAddress } from "@/lib/api/client-address";
import { passwordResetBody, passwordResetResponse } from "@/lib/accounts/schemas";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withPublic(
    {
      operationId: "requestPasswordReset",
      summary: "Ask for a password reset link",
      description:
        "If an account has this email, it is sent a link `{APP_URL}/reset-password/{token}` that works once, for 30 minutes (`PASSWORD_RESET_TTL_SECONDS`); asking again replaces it. The answer is the same 202, after the same time, whether or not the account exists, so it does not tell who is registered. Both limits count every request, known address or not.",
      tags: ["Accounts"],
      body: passwordResetBody,
      bodyExample: { email: "alice@example.com" },
      responses: { 202: { description: "Accepted; a link is on its way if the account exists.", schema: passwordResetResponse } },
      rateLimits: ["passwordResetAccount", "passwordResetAddress"],
    },
    async ({ req, body, db }) => {
      await requestPasswordReset({ db, email: body.email, clientAddress: clientAddress(req.headers) });
      return json(PASSWORD_RESET_ACCEPTED, 202);
    },
  ),
});

const PASSWORD_RESET_ACCEPTED = { message: "If an account exists for this email, we sent it a link to reset the password." };
