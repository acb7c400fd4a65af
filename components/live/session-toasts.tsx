"use client";

// "Alice started a session" with a way into the waiting room, on every page. The region
// is always in the page, so screen readers announce each toast as it is added.
import { ButtonLink } from "@/components/ui/button-link";

/** `message` replaces "… started a session" (a planned session's reminder). */
export type SessionToast = { sessionId: number; starterName: string; message?: string };

export function SessionToasts({ toasts, onDismiss }: { toasts: SessionToast[]; onDismiss: (sessionId: number) => void }) {
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
      {toasts.map((toast) => (
        <div
          key={toast.sessionId}
          data-testid="session-toast"
          className="pointer-events-auto flex w-full max-w-sm flex-wrap items-center gap-3 rounded-lg border border-brand-100 bg-white p-4 shadow-lg"
        >
          <p className="min-w-0 flex-1 font-medium text-slate-900">{toast.message ?? `${toast.starterName} started a session`}</p>
          <div className="flex gap-2">
            <ButtonLink href={`/sessions/${toast.sessionId}`} variant="primary" onClick={() => onDismiss(toast.sessionId)}>
              Open waiting room
            </ButtonLink>
            <button type="button" onClick={() => onDismiss(toast.sessionId)} className="rounded-md px-2 text-sm text-slate-600 hover:bg-slate-100">
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
