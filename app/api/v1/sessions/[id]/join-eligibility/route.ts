// GET /api/v1/sessions/:id/join-eligibility – may the caller join now, and why not; ETag for cheap polling
import { withUser, routes } from "@/lib/api/route";
import { parseId } from "@/lib/api/body";
import { jsonWithEtag } from "@/lib/api/etag";
import { getDb } from "@/lib/db";
import { loadSessionForUser } from "@/lib/sessions/load-session";
import { eligibilityDto } from "@/lib/sessions/dto";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser<{ id: string }>(async ({ req, params, user }) => {
    const { session, side } = await loadSessionForUser({ db: await getDb(), sessionId: parseId(params.id, "session"), userId: user.id });
    return jsonWithEtag(req, eligibilityDto(session, side));
  }),
});
