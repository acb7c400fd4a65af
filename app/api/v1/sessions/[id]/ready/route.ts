// POST /api/v1/sessions/:id/ready – mark the caller ready (idempotent)
import { sessionActionRoute } from "@/lib/api/session-action-route";
import { markReady } from "@/lib/sessions/mark-ready";

export const { GET, POST, PUT, PATCH, DELETE } = sessionActionRoute(markReady);
