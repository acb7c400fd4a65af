// Session statuses in words, the same on every page (the API keeps its lowercase values).
import type { SessionStatus } from "@/lib/sessions/rules";

const STATUS_LABELS: Record<SessionStatus, string> = {
  pending: "Not started",
  active: "Active",
  completed: "Ended",
  cancelled: "Cancelled",
  scheduled: "Scheduled",
  missed: "Missed",
};

// Keyed by the one status list: a status added to the Prisma enum fails the type-check here until it has a label and a tone.
export const STATUS_TONE = { pending: "amber", active: "green", completed: "slate", cancelled: "red", scheduled: "blue", missed: "slate" } as const satisfies Record<SessionStatus, string>;

export function statusLabel(status: SessionStatus): string {
  return STATUS_LABELS[status] ?? status;
}
