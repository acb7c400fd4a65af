"use client";

// "Today", "Yesterday", "Friday, Dec 4, 2026" between a chat's days. The reader's zone is
// known only in the browser, so the server renders an empty line (components/ui/time.tsx).
import { dayLabel } from "@/lib/format/day";
import { useIsClient } from "@/lib/use-is-client";

export function DaySeparator({ at }: { at: string }) {
  const isClient = useIsClient();
  return (
    <li data-testid="day-separator" className="flex items-center gap-3 py-1 text-xs font-medium text-slate-600">
      <span aria-hidden className="h-px flex-1 bg-slate-200" />
      <span>{isClient ? dayLabel(at) : "\u00a0"}</span>
      <span aria-hidden className="h-px flex-1 bg-slate-200" />
    </li>
  );
}
