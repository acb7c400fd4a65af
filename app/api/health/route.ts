// GET /api/health – liveness: the process answers; no I/O (README, Operations)
import { routes, withPublic } from "@/lib/api/route";
import { json } from "@/lib/api/respond";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withPublic(
    { operationId: "health", summary: "Liveness", description: "The process answers; no I/O.", tags: ["Operations"], responses: { 200: { description: "Alive." } }, db: "none", quiet: true },
    async () => json({ status: "ok" }),
  ),
});
