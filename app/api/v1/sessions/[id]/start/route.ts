// POST /api/v1/sessions/:id/start – create the meeting and activate the session
import { sessionActionRoute } from "@/lib/api/session-action-route";
import { startSession } from "@/lib/sessions/start-session";

export const { GET, POST, PUT, PATCH, DELETE } = sessionActionRoute(startSession);
