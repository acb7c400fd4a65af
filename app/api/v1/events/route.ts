// GET /api/v1/events – the caller's live-update stream (Server-Sent Events, ids only)
import { withUser, routes } from "@/lib/api/route";
import { sseResponse } from "@/lib/api/sse";
import { getDb } from "@/lib/db";
import { openEventStream } from "@/lib/live/open-event-stream";

// A stream per request, never cached or prerendered.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  GET: withUser(async ({ req, user }) => sseResponse(await openEventStream({ db: await getDb(), userId: user.id, tokenVersion: user.tokenVersion, credentialExpiresAt: user.credentialExpiresAt, signal: req.signal }))),
});
