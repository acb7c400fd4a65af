// GET /api/v1/admin/sessions/:id – one session with its join tokens, hash prefixes only (admins only)
import { adminRoutes, withAdmin } from "@/lib/api/route";
import { parseId } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { getAdminSession } from "@/lib/admin/get-session";

export const { GET, POST, PUT, PATCH, DELETE } = adminRoutes({
  GET: withAdmin<{ id: string }>(async ({ params }) => {
    const sessionId = parseId(params.id, "session");
    return json(await getAdminSession({ db: await getDb(), sessionId }));
  }),
});
