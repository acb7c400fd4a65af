// How a finished session ended, read from its `ended` or `cancelled` audit entry: the
// session summary (lib/sessions/presence.ts) and the activity sentences
// (lib/format/activity.ts) both ask this one function. Pure and browser-safe.
import { readAuditMetadata } from "@/lib/sessions/audit-metadata";

export const FINISH_REASONS = ["ended", "cancelled", "unfriended", "admin", "meeting_ended", "missed"] as const;
export type FinishReason = (typeof FINISH_REASONS)[number];

export function finishReasonOf(entry: { eventType: "ended" | "cancelled"; userId: number | null; metadata: unknown }): FinishReason {
  // No user on an `ended` entry: the video provider ended the meeting (a webhook).
  if (entry.eventType === "ended") return entry.userId === null ? "meeting_ended" : "ended";
  const metadata = readAuditMetadata("cancelled", entry.metadata);
  if (metadata?.reason === "unfriended") return "unfriended";
  if (metadata?.by_admin === true) return "admin";
  return "cancelled";
}
