import { Badge, STATUS_TONE } from "@/components/ui/badge";
import type { SessionStatus } from "@/lib/sessions/rules";

export function StatusBadge({ status }: { status: SessionStatus }) {
  return (
    <span data-testid="session-status">
      <Badge tone={STATUS_TONE[status]}>{status}</Badge>
    </span>
  );
}
