// GET /api/v1/admin/sessions/:id – one session with its join tokens, hash prefixes only (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { sessionIdParam } from "@/lib/api/path-id";
import { adminSessionDetailResponse } from "@/lib/admin/schemas";
import { getAdminSession } from "@/lib/admin/get-session";
import { adminSessionDetailExample } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  GET: withAdmin(
    {
      operationId: "adminGetSession",
      summary: "One session with its join tokens (admins)",
      description: "Never the meeting URL or password; join tokens by hash prefix only.",
      tags: ["Admin"],
      params: sessionIdParam,
      responses: { 200: { description: "The session and its join tokens.", schema: adminSessionDetailResponse, examples: { detail: { summary: "With one used token", value: adminSessionDetailExample } } } },
      errors: ["session_not_found"],
    },
    async ({ params, db }) => json(await getAdminSession({ db, sessionId: params.id })),
  ),
});
