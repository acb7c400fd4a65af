// DELETE /api/v1/friends/:user_id – unfriend; cancels any open session between the two
import { withUser, routes } from "@/lib/api/route";
import { noContent } from "@/lib/api/respond";
import { pathId } from "@/lib/api/path-id";
import { removeFriend } from "@/lib/friends/remove-friend";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  DELETE: withUser(
    {
      operationId: "unfriend",
      summary: "Unfriend",
      description:
        "Any open session of the two is cancelled in the same transaction (audit `cancelled`, metadata `{\"reason\": \"unfriended\"}`). The chat history is kept, readable by neither.",
      tags: ["Friends"],
      params: { user_id: pathId("friend", "The friend's user id.") },
      responses: { 204: { description: "No longer friends." } },
      errors: ["friendship_not_found"],
    },
    async ({ params, user, db }) => {
      await removeFriend({ db, user, friendId: params.user_id });
      return noContent();
    },
  ),
});
