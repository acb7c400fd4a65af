"use client";

// "Load earlier" at the top of a conversation, with its own loading and error state.
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function LoadEarlier({ onLoad }: { onLoad: () => Promise<void> }) {
  const [state, setState] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });

  async function load() {
    setState({ loading: true, error: null });
    try {
      await onLoad();
      setState({ loading: false, error: null });
    } catch (caught) {
      setState({ loading: false, error: caught instanceof Error ? caught.message : "Could not load earlier messages." });
    }
  }

  return (
    <li className="flex flex-col items-center gap-1">
      <Button type="button" variant="secondary" className="px-3 py-1 text-xs" onClick={load} disabled={state.loading}>
        {state.loading ? "Loading…" : "Load earlier"}
      </Button>
      {state.error ? <span role="alert" className="text-xs text-red-700">{state.error}</span> : null}
    </li>
  );
}
