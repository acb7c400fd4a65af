// Which sessions the planned view shows, and when a plan ends: presentation only (what may
// be done is `allowed_actions`).
import type { SessionResponse } from "@/lib/sessions/schemas";

type Planned = Pick<SessionResponse, "status" | "scheduled_for" | "started_at" | "duration_minutes">;

/** A planned session never started: scheduled, missed, or cancelled (or declined) before its time. */
export function isPlannedView(session: Planned): boolean {
  return session.scheduled_for !== null && session.started_at === null && (session.status === "scheduled" || session.status === "missed" || session.status === "cancelled");
}

/** When the planned time runs out (ms since the epoch). */
export function plannedEnd(session: Planned): number {
  return Date.parse(session.scheduled_for ?? "") + (session.duration_minutes ?? 0) * 60_000;
}
