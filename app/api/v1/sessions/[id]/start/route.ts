// POST /api/v1/sessions/:id/start – create the meeting and activate the session
import { sessionActionRoute } from "@/lib/api/session-action-route";
import { startSession } from "@/lib/sessions/start-session";

export const { GET, POST, PUT, PATCH, DELETE } = sessionActionRoute(
  {
    action: "start",
    operationId: "startSession",
    summary: "Start: create the meeting, post the chat card",
    description:
      "Pending → active. The video provider (Zoom or Jitsi) creates the meeting; a provider failure (502, 503 with `Retry-After`, 504) leaves the session pending: start it again. A scheduled session can be started once accepted (409 `invitation_pending`), from 10 minutes before `scheduled_for` (409 `too_early`) until `scheduled_for` + `duration_minutes`, and only while the pair has no pending or active session (409 `open_session_exists`).",
    example: "started",
    errors: ["provider_error", "provider_rate_limited", "provider_timeout", "invitation_pending", "too_early", "open_session_exists"],
    rateLimits: ["meetings"],
  },
  startSession,
);
