// POST /api/v1/auth/token – exchange email and password for a bearer access token
import { withPublic, routes } from "@/lib/api/route";
import { parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { clientAddress } from "@/lib/api/client-address";
import { getDb } from "@/lib/db";
import { tokenBody } from "@/lib/accounts/schemas";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { issueAccessToken } from "@/lib/accounts/access-token";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withPublic(async ({ req }) => {
    const { email, password } = await parseJsonBody(req, tokenBody);
    const user = await verifyCredentials({ db: await getDb(), email, password, clientAddress: clientAddress(req.headers) });
    const { token, expiresIn } = await issueAccessToken(user);
    return json({ access_token: token, token_type: "Bearer", expires_in: expiresIn });
  }),
});
