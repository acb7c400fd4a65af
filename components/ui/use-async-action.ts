"use client";

// The pending and error state of one async action, for the buttons that run one.
import { useState } from "react";
import { errorMessage } from "@/lib/swr/fetcher";

export function useAsyncAction({
  describe = errorMessage,
  keepPendingOnSuccess = false,
}: {
  /** Turns what the action threw into the message shown; null shows nothing. */
  describe?: (caught: unknown) => string | null;
  /** For actions that navigate away: stay busy instead of flashing back. */
  keepPendingOnSuccess?: boolean;
} = {}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Runs `action`; on failure shows the error, then awaits `onError` before it stops being busy. */
  async function run(action: () => Promise<unknown>, onError?: (caught: unknown) => unknown) {
    setPending(true);
    setError(null);
    try {
      await action();
      if (!keepPendingOnSuccess) setPending(false);
    } catch (caught) {
      setError(describe(caught));
      try {
        if (onError) await onError(caught);
      } finally {
        setPending(false);
      }
    }
  }

  return { pending, error, run };
}
