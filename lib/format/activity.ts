// An audit entry as a sentence for the two people in the session: who did what, in
// words, with an icon; never the raw metadata (admins keep their raw view in /admin).
import type { AuditEntryResponse } from "@/lib/sessions/schemas";

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

export function activitySentence(entry: Pick<AuditEntryResponse, "event_type" | "user" | "metadata">, viewerId: number): string {
  const metadata = (entry.metadata ?? {}) as Record<string, unknown>;
  const you = entry.user?.id === viewerId;
  const who = entry.user ? (you ? "You" : entry.user.name) : null;
  const zoomName = (metadata.zoom_participant as { name?: string } | undefined)?.name;
  const provider = PROVIDERS[String(metadata.provider ?? "")] ?? null;
  switch (entry.event_type) {
    case "created":
      return `${who ?? "Someone"} created the session.`;
    case "started":
      return `${who ?? "Someone"} started the meeting${provider ? ` on ${provider}` : ""}.`;
    case "zoom_link_generated":
      return `The ${provider ?? "video"} meeting was set up.`;
    case "ready":
      return metadata.via === "join" ? `${who ?? "Someone"} joined without pressing Ready, so ${you ? "you are" : "they are"} marked ready.` : `${who ?? "Someone"} ${you ? "are" : "is"} ready.`;
    case "joined":
      if (metadata.via === "zoom_webhook") return `${who ?? zoomName ?? "Someone"} joined the Zoom meeting.`;
      return `${who ?? "Someone"} joined the meeting.`;
    case "left":
      return `${who ?? zoomName ?? "Someone"} left the meeting.`;
    case "ended":
      return entry.user ? `${who} ended the session.` : "The meeting ended at the video provider, so the session ended.";
    case "cancelled":
      if (metadata.reason === "unfriended") return `The session was cancelled because ${who === "You" ? "you" : (who ?? "someone")} ended the friendship.`;
      if (metadata.by_admin === true) return "An administrator cancelled the session.";
      return `${who ?? "Someone"} cancelled the session.`;
    default:
      return `${who ?? "Someone"}: ${String(entry.event_type).replaceAll("_", " ")}.`;
  }
}
