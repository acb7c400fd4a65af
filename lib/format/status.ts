// Session statuses in words, the same on every page (the API keeps its lowercase values).
import type { SessionStatus } from "@/lib/sessions/rules";

export const STATUS_LABELS: Record<SessionStatus, string> = {
  pending: "Not started",
  active: "Active",
  completed: "Ended",
  cancelled: "Cancelled",
};

export const STATUS_TONE = { pending: "amber", active: "green", completed: "slate", cancelled: "red" } as const;

export function statusLabel(status: SessionStatus): string {
  return STATUS_LABELS[status] ?? status;
}
