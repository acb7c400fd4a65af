// POST /api/v1/invites – create an invitation link; GET – the caller's live links
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { inviteListResponse, inviteResponse } from "@/lib/invites/schemas";
import { createInvite } from "@/lib/invites/create-invite";
import { listInvites } from "@/lib/invites/list-invites";
import { inviteDto } from "@/lib/invites/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withUser(
    {
      operationId: "createInvite",
      summary: "Create an invitation link",
      description:
        "A link `{APP_URL}/invite/{code}` for people not on Pairline yet: whoever registers through it (POST /auth/register with `invite`) becomes your friend at once. It works for 14 days (`INVITE_TTL_SECONDS`) and up to 20 sign-ups (`INVITE_MAX_USES`), until you revoke it.",
      tags: ["Friends"],
      body: "none",
      responses: { 201: { description: "The new link.", schema: inviteResponse } },
      rateLimits: ["invites"],
    },
    async ({ user, db }) => json(inviteDto(await createInvite({ db, userId: user.id })), 201),
  ),
  GET: withUser(
    {
      operationId: "listInvites",
      summary: "Your live invitation links",
      description: "Links that still work: not expired, revoked or used up.",
      tags: ["Friends"],
      responses: { 200: { description: "Your live links.", schema: inviteListResponse } },
    },
    async ({ user, db }) => json((await listInvites({ db, userId: user.id })).map(inviteDto)),
  ),
});
