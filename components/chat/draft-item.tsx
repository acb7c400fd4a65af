"use client";

// A message of ours not in the conversation yet: "Sending…", or why it failed, with Retry
// and Discard.
import { Button } from "@/components/ui/button";
import type { Draft } from "@/components/chat/use-chat-outbox";

export function DraftItem({ draft, onRetry, onDiscard }: { draft: Draft; onRetry: () => void; onDiscard: () => void }) {
  return (
    <li className="flex justify-end">
      <div className="flex min-w-0 max-w-[85%] flex-col items-end">
        <p
          className={`whitespace-pre-wrap rounded-2xl rounded-br-sm px-3 py-2 text-sm [overflow-wrap:anywhere] ${
            draft.status === "failed" ? "border border-red-300 bg-red-50 text-red-900" : "bg-brand-600/70 text-white"
          }`}
        >
          {draft.text}
        </p>
        {draft.status === "sending" ? (
          <span className="mt-0.5 px-1 text-xs text-slate-500">Sending…</span>
        ) : (
          <div role="alert" className="mt-1 flex flex-wrap items-center justify-end gap-2 text-xs text-red-700">
            <span>Not sent: {draft.error}</span>
            <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={onRetry}>
              Retry
            </Button>
            <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={onDiscard}>
              Discard
            </Button>
          </div>
        )}
      </div>
    </li>
  );
}
