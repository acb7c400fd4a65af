// POST /api/v1/auth/register – create an account
import { withPublic, routes } from "@/lib/api/route";
import { parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { clientAddress } from "@/lib/api/client-address";
import { getDb } from "@/lib/db";
import { registerBody } from "@/lib/accounts/schemas";
import { registerUser } from "@/lib/accounts/register-user";
import { userDto } from "@/lib/accounts/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withPublic(async ({ req }) => {
    const input = await parseJsonBody(req, registerBody);
    const user = await registerUser({ db: await getDb(), input, clientAddress: clientAddress(req.headers) });
    return json({ user: userDto(user) }, 201);
  }),
});
