// GET /api/v1/events – the caller's live-update stream (Server-Sent Events, ids only)
import { withUser, routes } from "@/lib/api/route";
import { sseResponse } from "@/lib/api/sse";
import { liveEvent } from "@/lib/live/event-schemas";
import { openEventStream } from "@/lib/live/open-event-stream";

// A stream per request, never cached or prerendered.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(
    {
      operationId: "streamEvents",
      summary: "Live updates (Server-Sent Events)",
      description:
        "Events carry ids only: refetch what they name through the other endpoints. Each frame is `event: <name>` and `data: <JSON>`; the names and data are the `LiveEvent` schema (`session.updated`, `message.created`, `friend_request.updated`, `friendship.updated`, `counts`, `resync`). `counts` comes first. A `: heartbeat` comment every 20 s. The stream ends when your credentials are revoked and on shutdown (503 for new streams meanwhile).",
      tags: ["Live"],
      responses: { 200: { description: "The stream.", eventStream: liveEvent } },
      rateLimits: ["eventStreams"],
    },
    async ({ req, user, db }) =>
      sseResponse(await openEventStream({ db, userId: user.id, tokenVersion: user.tokenVersion, credentialExpiresAt: user.credentialExpiresAt, signal: req.signal })),
  ),
});
