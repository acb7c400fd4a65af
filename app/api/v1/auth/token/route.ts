// POST /api/v1/auth/token – exchange email and password for a bearer access token
import { withPublic, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { clientAddress } from "@/lib/api/client-address";
import { tokenBody, tokenResponse } from "@/lib/accounts/schemas";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { issueAccessToken } from "@/lib/accounts/access-token";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withPublic(
    {
      operationId: "issueAccessToken",
      summary: "Exchange email and password for a bearer token",
      description:
        "Send it as `Authorization: Bearer <access_token>`. Failed attempts are counted per account and address, per account, and per address. An account an admin disabled gets 403 `account_disabled`, but only with the right password.",
      tags: ["Accounts"],
      body: tokenBody,
      bodyExample: { email: "alice@example.com", password: "correct horse battery" },
      responses: {
        200: {
          description: "A bearer token.",
          schema: tokenResponse,
          examples: { token: { summary: "A token", value: { access_token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", token_type: "Bearer", expires_in: 3600 } } },
        },
      },
      errors: ["invalid_credentials", "account_disabled"],
      rateLimits: ["signInAccountAddress", "signInAccount", "signInAddress"],
    },
    async ({ req, body, db }) => {
      const user = await verifyCredentials({ db, email: body.email, password: body.password, clientAddress: clientAddress(req.headers) });
      const { token, expiresIn } = await issueAccessToken(user);
      return json({ access_token: token, token_type: "Bearer", expires_in: expiresIn });
    },
  ),
});
