// An audit entry as a sentence for the two people in the session: who did what, in
// words, with an icon; never the raw metadata (admins keep their raw view in /admin).
// Metadata is read through its event type's schema (lib/sessions/audit-metadata.ts).
import type { AuditEntryResponse } from "@/lib/sessions/schemas";
import { readAuditMetadata } from "@/lib/sessions/audit-metadata";
import { finishReasonOf } from "@/lib/sessions/finish-reason";

const PROVIDERS: Record<string, string> = { zoom: "Zoom", jitsi: "Jitsi" };

export const ACTIVITY_ICONS: Record<string, string> = {
  created: "✚",
  started: "▶",
  zoom_link_generated: "◎",
  ready: "✓",
  joined: "→",
  left: "←",
  ended: "■",
  cancelled: "✕",
};

/** The Zoom participant's own name, for an entry Zoom reported about someone we could not match. */
function zoomName(metadata: { via: string; zoom_participant?: { name: string | null } } | null): string | null {
  return metadata?.via === "zoom_webhook" ? (metadata.zoom_participant?.name ?? null) : null;
}

export function activitySentence(entry: Pick<AuditEntryResponse, "event_type" | "user" | "metadata">, viewerId: number): string {
  const you = entry.user?.id === viewerId;
  const who = entry.user ? (you ? "You" : entry.user.name) : null;
  switch (entry.event_type) {
    case "created":
      return `${who ?? "Someone"} created the session.`;
    case "started":
      return `${who ?? "Someone"} started the meeting.`;
    case "zoom_link_generated": {
      const provider = readAuditMetadata("zoom_link_generated", entry.metadata)?.provider;
      return `The ${provider ? PROVIDERS[provider] : "video"} meeting was set up.`;
    }
    case "ready":
      return readAuditMetadata("ready", entry.metadata)?.via === "join"
        ? `${who ?? "Someone"} joined without pressing Ready, so ${you ? "you are" : "they are"} marked ready.`
        : `${who ?? "Someone"} ${you ? "are" : "is"} ready.`;
    case "joined": {
      const metadata = readAuditMetadata("joined", entry.metadata);
      if (metadata?.via === "zoom_webhook") return `${who ?? zoomName(metadata) ?? "Someone"} joined the Zoom meeting.`;
      if (metadata?.via === "jaas_webhook") return `${who ?? metadata.jaas_participant.name ?? "Someone"} joined the meeting.`;
      return `${who ?? "Someone"} joined the meeting.`;
    }
    case "left":
      return `${who ?? zoomName(readAuditMetadata("left", entry.metadata)) ?? "Someone"} left the meeting.`;
    case "start_failed":
      // Zoom registration (README, The gate, enforced by the provider): the start did not happen.
      return "Zoom could not register everyone for the meeting, so the session was not started. Try Start session again.";
    case "ended":
    case "cancelled":
      return finishSentence(finishReasonOf({ eventType: entry.event_type, userId: entry.user?.id ?? null, metadata: entry.metadata }), who);
    default:
      return `${who ?? "Someone"}: ${String(entry.event_type).replaceAll("_", " ")}.`;
  }
}

function finishSentence(reason: ReturnType<typeof finishReasonOf>, who: string | null): string {
  switch (reason) {
    case "meeting_ended":
      return "The meeting ended at the video provider, so the session ended.";
    case "ended":
      return `${who} ended the session.`;
    case "unfriended":
      return `The session was cancelled because ${who === "You" ? "you" : (who ?? "someone")} ended the friendship.`;
    case "admin":
      return "An administrator cancelled the session.";
    case "cancelled":
      return `${who ?? "Someone"} cancelled the session.`;
    case "missed":
      return "Nobody started the session in its time window.";
  }
}
