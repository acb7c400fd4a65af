import { Badge } from "@/components/ui/badge";
import { STATUS_TONE, statusLabel } from "@/lib/format/status";
import type { SessionStatus } from "@/lib/sessions/rules";

/** A session's status in words ("Active"), the same badge on every page. */
export function StatusBadge({ status, label }: { status: SessionStatus; label?: string }) {
  return (
    <Badge tone={STATUS_TONE[status]}>
      <span data-testid="session-status" data-status={status}>
        {label ?? statusLabel(status)}
      </span>
    </Badge>
  );
}
