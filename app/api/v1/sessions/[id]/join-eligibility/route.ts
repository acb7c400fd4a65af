// GET /api/v1/sessions/:id/join-eligibility – may the caller join now, and why not; ETag for cheap polling
import { withUser, routes } from "@/lib/api/route";
import { parseId } from "@/lib/api/body";
import { respondPrepared } from "@/lib/api/etag";
import { getJoinEligibility } from "@/lib/sessions/get-join-eligibility";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser<{ id: string }>(async ({ req, params, user }) => {
    return respondPrepared(req, await getJoinEligibility({ sessionId: parseId(params.id, "session"), userId: user.id }));
  }),
});
