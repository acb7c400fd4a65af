// GET /api/v1/sessions – the caller's sessions, newest first, filtered and cursor-paged
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { nextLink, nextLinkHeader } from "@/lib/api/pagination";
import { listSessionsQuery, sessionListResponse } from "@/lib/sessions/schemas";
import { listSessions } from "@/lib/sessions/list-sessions";
import { sessionDtoFor } from "@/lib/sessions/dto";
import { sessionExamples } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "listSessions",
      summary: "Your sessions",
      description: "Newest first, cursor-paged: follow the `Link` header (or pass its `cursor`) for the next page.",
      tags: ["Sessions"],
      query: listSessionsQuery,
      responses: { 200: { description: "Newest first.", schema: sessionListResponse, headers: nextLink, examples: { history: { summary: "Alice's history", value: [sessionExamples.ended.value] } } } },
    },
    async ({ req, query, user, db }) => {
      const { sessions, nextCursor } = await listSessions({ db, userId: user.id, query });
      return json(sessions.map((session) => sessionDtoFor(session, user.id)), 200, nextLinkHeader(req, nextCursor));
    },
  ),
});
