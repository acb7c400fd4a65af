// A finished session in words, for history rows, chat cards and the waiting room's summary.
import type { SessionResponse } from "@/lib/sessions/schemas";
import { formatDuration } from "@/lib/format/time";
import { isCancelled } from "@/lib/sessions/rules";

type Summary = NonNullable<SessionResponse["summary"]>;

/** "12 min" (how long the meeting ran from the first join), or "not held" when nobody joined. */
export function heldFor(summary: Summary): string {
  if (!summary.held) return "not held";
  return summary.duration_seconds !== null ? formatDuration(summary.duration_seconds) : "held";
}

/** "ended · 12 min", "cancelled · not held": the short form, for chat cards. */
export function outcomeShort(session: Pick<SessionResponse, "status" | "summary">): string | null {
  if (!session.summary) return null;
  return `${isCancelled(session.status) ? "cancelled" : "ended"} · ${heldFor(session.summary)}`;
}

/** "Bob ended the session", "Cancelled because Alice removed Bob as a friend", ... */
export function outcomeSentence(summary: Summary, viewerId: number): string {
  const who = summary.finished_by ? (summary.finished_by.id === viewerId ? "You" : summary.finished_by.name) : null;
  switch (summary.reason) {
    case "meeting_ended":
      return "The meeting ended at the video provider.";
    case "admin":
      return `An administrator${summary.finished_by ? ` (${summary.finished_by.name})` : ""} cancelled the session.`;
    case "unfriended":
      return `Cancelled because ${who === "You" ? "you" : (who ?? "one of you")} ended the friendship.`;
    case "cancelled":
      return `${who ?? "Someone"} cancelled the session.`;
    default:
      return `${who ?? "Someone"} ended the session.`;
  }
}

/**
 * What "held" measured, in words: "12 min from the first join to the end of the session"
 * (a provider that reports joins, Zoom) or "... from the first opened link ..." (plain
 * Jitsi, where we only know who opened the link: not how long the call lasted).
 */
export function durationSentence(summary: Summary, presenceReported: boolean): string {
  if (!summary.held) return presenceReported ? "Not held: nobody joined" : "Nobody opened the meeting link";
  return `${heldFor(summary)} from the first ${presenceReported ? "join" : "opened link"} to the end of the session`;
}

/** "Alice and Bob joined", "Only Alice joined", "Nobody joined" (Jitsi: "opened the meeting link"). */
export function joinedSentence(summary: Summary, viewerId: number, presenceReported = true): string {
  const verb = presenceReported ? "joined the meeting" : "opened the meeting link";
  const names = summary.joined.map((person) => (person.id === viewerId ? "you" : person.name));
  if (names.length === 0) return `Nobody ${verb}.`;
  if (names.length === 1) return `Only ${names[0]} ${verb}.`;
  return `Both of you ${verb}.`;
}
