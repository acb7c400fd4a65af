// GET /api/ready – readiness: the database answers and the instance is not shutting down
import { routes, withPublic } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { checkReadiness } from "@/lib/ops/check-readiness";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withPublic(
    {
      operationId: "ready",
      summary: "Readiness",
      description: "The database answers and the instance is not shutting down.",
      tags: ["Operations"],
      responses: { 200: { description: "Ready." } },
      db: "lazy",
      quiet: true,
    },
    async () => {
      await checkReadiness();
      return json({ status: "ready" });
    },
  ),
});
