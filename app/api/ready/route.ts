// GET /api/ready – readiness: the database answers and the instance is not shutting down
import { routes, withPublic } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { checkReadiness } from "@/lib/ops/check-readiness";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withPublic(
    async () => {
      await checkReadiness();
      return json({ status: "ready" });
    },
    { quiet: true },
  ),
});
