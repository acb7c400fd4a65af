"use client";

// A button that runs an async action, says what it is doing while it runs, and shows
// what went wrong right beside itself.
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useAsyncAction } from "@/components/ui/use-async-action";

export function ActionButton({
  onAction,
  children,
  pendingLabel,
  variant = "secondary",
  keepPendingOnSuccess = false,
  className = "",
  "aria-label": ariaLabel,
}: {
  onAction: () => Promise<unknown>;
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  /** For actions that navigate away: stay busy instead of flashing back. */
  keepPendingOnSuccess?: boolean;
  className?: string;
  "aria-label"?: string;
}) {
  const { pending, error, run } = useAsyncAction({ keepPendingOnSuccess });

  return (
    <span className="inline-flex max-w-full flex-col items-start gap-1">
      <Button type="button" variant={variant} onClick={() => run(onAction)} disabled={pending} aria-busy={pending || undefined} aria-label={pending ? undefined : ariaLabel} className={`px-3 py-1.5 ${className}`}>
        {pending ? pendingLabel : children}
      </Button>
      {error ? (
        <span role="alert" className="max-w-xs text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
