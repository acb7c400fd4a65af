"use client";

import type { ApiError } from "@/lib/swr/fetcher";
import { Alert } from "@/components/ui/alert";
import { ActionButton } from "@/components/ui/action-button";

/** A list's load error, in words, with a way to try again. */
export function ListError({ error, what, retry }: { error: ApiError; what: string; retry: () => Promise<unknown> }) {
  if (error.signedOut) return null;
  return (
    <Alert>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span>
          Could not load {what}: {error.message}
        </span>
        <ActionButton onAction={retry} pendingLabel="Retrying…">
          Try again
        </ActionButton>
      </div>
    </Alert>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <div className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">{children}</div>;
}
