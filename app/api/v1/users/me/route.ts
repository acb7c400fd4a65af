// GET /api/v1/users/me – the signed-in user
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { userDto } from "@/lib/accounts/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(async ({ user }) => json(userDto(user))),
});
