// GET /api/health – liveness: the process answers; no I/O (README, Operations)
import { routes, withPublic } from "@/lib/api/route";
import { json } from "@/lib/api/respond";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withPublic(async () => json({ status: "ok" }), { quiet: true }),
});
