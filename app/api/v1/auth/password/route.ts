// POST /api/v1/auth/password – change the caller's password; every cookie and bearer token issued before stops working
import { withUser, routes } from "@/lib/api/route";
import { parseJsonBody } from "@/lib/api/body";
import { noContent } from "@/lib/api/respond";
import { clientAddress } from "@/lib/api/client-address";
import { getDb } from "@/lib/db";
import { changePasswordBody } from "@/lib/accounts/schemas";
import { changePassword } from "@/lib/accounts/change-password";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(async ({ req, user }) => {
    const input = await parseJsonBody(req, changePasswordBody);
    await changePassword({
      db: await getDb(),
      user,
      currentPassword: input.current_password,
      newPassword: input.new_password,
      clientAddress: clientAddress(req.headers),
    });
    return noContent();
  }),
});
