// Closing the provider's meeting happens before the state change is recorded, so its
// outcome can go into the audit entry's metadata. It never throws: a provider outage
// must not keep anyone from ending a session.
import { getDb } from "@/lib/db";
import { videoProvider } from "@/lib/video";
import type { CloseOutcome } from "@/lib/video/provider";
import type { ProviderCloseMetadata } from "@/lib/sessions/audit-metadata";
import { canTransition, type SessionStatus } from "@/lib/sessions/rules";

export async function closeMeetingOf(session: {
  status: SessionStatus;
  videoProvider: "zoom" | "jitsi" | null;
  zoomMeetingId: string | null;
}): Promise<ProviderCloseMetadata> {
  if (!session.videoProvider || !session.zoomMeetingId) return {};
  let outcome: CloseOutcome;
  try {
    // Zoom registration: the friends' own links are cancelled before the meeting goes.
    const registrantIds = session.videoProvider === "zoom" ? await registrantIdsOf(session.zoomMeetingId) : [];
    outcome = await videoProvider(session.videoProvider).closeMeeting({ meetingId: session.zoomMeetingId, wasActive: canTransition("end", session.status), registrantIds });
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? error.message : "unknown error" };
  }
  return outcome.ok ? { provider_close: "ok" } : { provider_close: "failed", provider_error: outcome.error };
}

async function registrantIdsOf(meetingId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.zoomRegistrant.findMany({ where: { meetingId }, select: { registrantId: true }, orderBy: { id: "asc" } });
  return rows.map((row) => row.registrantId);
}
