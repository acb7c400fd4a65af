import type { SessionStatus } from "@/lib/sessions/rules";

const tones: Record<SessionStatus, string> = {
  pending: "bg-amber-50 text-amber-800 ring-amber-200",
  active: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  completed: "bg-slate-100 text-slate-700 ring-slate-200",
  cancelled: "bg-red-50 text-red-700 ring-red-200",
};

export function StatusBadge({ status }: { status: SessionStatus }) {
  return (
    <span data-testid="session-status" className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[status]}`}>
      {status}
    </span>
  );
}
