// GET /api/v1/sessions/:id/join-eligibility – may the caller join now, and why not; ETag for cheap polling
import { withUser, routes } from "@/lib/api/route";
import { respondPrepared } from "@/lib/api/etag";
import { sessionIdParam } from "@/lib/api/path-id";
import { eligibilityResponse } from "@/lib/sessions/schemas";
import { getJoinEligibility } from "@/lib/sessions/get-join-eligibility";
import { eligibilityExamples } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "getJoinEligibility",
      summary: "May you join now, and if not, why",
      description: "The waiting room polls it. Send the last `ETag` as `If-None-Match`: an unchanged answer is a 304 with no body. The rules are under the Sessions tag.",
      tags: ["Sessions"],
      params: sessionIdParam,
      responses: { 200: { description: "Who is ready and whether you may join.", schema: eligibilityResponse, examples: eligibilityExamples } },
      errors: ["session_not_found", "not_participant"],
      etag: true,
      db: "lazy",
    },
    async ({ req, params, user }) => respondPrepared(req, await getJoinEligibility({ sessionId: params.id, userId: user.id })),
  ),
});
