// DELETE /api/v1/invites/:id – revoke one of the caller's invitation links
import { withUser, routes } from "@/lib/api/route";
import { noContent } from "@/lib/api/respond";
import { pathId } from "@/lib/api/path-id";
import { revokeInvite } from "@/lib/invites/revoke-invite";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  DELETE: withUser(
    {
      operationId: "revokeInvite",
      summary: "Revoke an invitation link",
      description: "The link stops working at once; friendships already made through it stay. Someone else's link is a 404.",
      tags: ["Friends"],
      params: { id: pathId("invitation link", "The link's id.") },
      responses: { 204: { description: "Revoked." } },
      errors: ["invite_not_found"],
    },
    async ({ params, user, db }) => {
      await revokeInvite({ db, userId: user.id, inviteId: params.id });
      return noContent();
    },
  ),
});
