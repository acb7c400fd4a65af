// POST /api/v1/admin/sessions/:id/cancel – cancel any pending or active session, audited with the admin as the user
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { sessionIdParam } from "@/lib/api/path-id";
import { adminSessionDetailResponse } from "@/lib/admin/schemas";
import { cancelAdminSession } from "@/lib/admin/cancel-session";
import { invalidState } from "@/lib/sessions/rules";
import { adminCancelledExample } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  POST: withAdmin(
    {
      operationId: "adminCancelSession",
      summary: "Cancel any open session (admins)",
      description: "Pending or active → cancelled, as a participant's cancel. Audited with the admin as the user and `{\"by_admin\": true}`.",
      tags: ["Admin"],
      params: sessionIdParam,
      body: "none",
      responses: {
        200: { description: "The session afterwards, tokens included.", schema: adminSessionDetailResponse, examples: { cancelled: { summary: "Cancelled while active", value: adminCancelledExample } } },
      },
      errors: ["session_not_found", "invalid_state"],
      errorExamples: { invalid_state: invalidState("cancel", "completed").message },
    },
    async ({ params, user, db }) => json(await cancelAdminSession({ db, sessionId: params.id, admin: user })),
  ),
});
