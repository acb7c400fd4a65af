// POST /api/v1/sessions/:id/ready – mark the caller ready (idempotent)
import { sessionActionRoute } from "@/lib/api/session-action-route";
import { markReady } from "@/lib/sessions/mark-ready";

export const { GET, POST, PUT, PATCH, DELETE } = sessionActionRoute(
  {
    action: "ready",
    operationId: "markReady",
    summary: "Mark yourself ready",
    description: "Pending or active; pressing it again changes nothing. In the example flow Bob marks ready, and Alice (who started) may join.",
    example: "bobReady",
  },
  markReady,
);
