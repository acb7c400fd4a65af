"use client";

// Session toasts on every page: "Alice started a session" with a way into the waiting
// room, and "Alice cancelled the session". The region is always in the page, so screen
// readers announce each toast as it is added. On phones the toasts sit in the page under
// the header, pushing it down, so they never cover the Menu, the chat composer or a
// page's primary button; from `sm` up they float at the bottom right.
import { ButtonLink } from "@/components/ui/button-link";
import type { MessageToast } from "@/components/live/use-message-toasts";

/** `reminder`: a planned session's "Your session with Bob starts in 10 minutes" (`message`). */
export type SessionToast =
  | { kind: "started"; sessionId: number; name: string }
  | { kind: "reminder"; sessionId: number; name: string; message: string }
  | { kind: "finished"; sessionId: number; name: string; verb: string };

function DismissButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} className="rounded-md px-2 text-sm text-slate-600 hover:bg-slate-100">
      Dismiss
    </button>
  );
}

export function SessionToasts({
  toasts,
  onDismiss,
  messages = [],
  onDismissMessage = () => {},
}: {
  toasts: SessionToast[];
  onDismiss: (sessionId: number) => void;
  messages?: MessageToast[];
  onDismissMessage?: (friendId: number) => void;
}) {
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="toast-region"
      className="flex flex-col items-center gap-2 px-4 pt-2 empty:p-0 sm:pointer-events-none sm:fixed sm:inset-x-0 sm:bottom-0 sm:z-50 sm:items-end sm:p-4"
    >
      {toasts.map((toast) => (
        <div
          key={`${toast.kind}-${toast.sessionId}`}
          data-testid={toast.kind === "finished" ? "session-finished-toast" : "session-toast"}
          className="pointer-events-auto flex w-full max-w-sm flex-wrap items-center gap-3 rounded-lg border border-brand-100 bg-white p-3 shadow-lg sm:p-4"
        >
          {toast.kind !== "finished" ? (
            <>
              <p className="min-w-0 flex-1 font-medium text-slate-900">{toast.kind === "reminder" ? toast.message : `${toast.name} started a session`}</p>
              <div className="flex gap-2">
                <ButtonLink href={`/sessions/${toast.sessionId}`} variant="primary" onClick={() => onDismiss(toast.sessionId)}>
                  Open waiting room
                </ButtonLink>
                <DismissButton onClick={() => onDismiss(toast.sessionId)} />
              </div>
            </>
          ) : (
            <>
              <p className="min-w-0 flex-1 font-medium text-slate-900">
                {toast.name} {toast.verb} the session
              </p>
              <DismissButton onClick={() => onDismiss(toast.sessionId)} />
            </>
          )}
        </div>
      ))}
      {messages.map((toast) => (
        <div
          key={`message-${toast.friendId}`}
          data-testid="message-toast"
          className="pointer-events-auto flex w-full max-w-sm flex-wrap items-center gap-3 rounded-lg border border-brand-100 bg-white p-3 shadow-lg sm:p-4"
        >
          <p className="min-w-0 flex-1 text-slate-900 [overflow-wrap:anywhere]">
            <span className="font-medium">{toast.name}:</span> {toast.text}
          </p>
          <div className="flex gap-2">
            <ButtonLink href={`/chat/${toast.friendId}`} variant="primary" onClick={() => onDismissMessage(toast.friendId)}>
              Open chat
            </ButtonLink>
            <DismissButton onClick={() => onDismissMessage(toast.friendId)} />
          </div>
        </div>
      ))}
    </div>
  );
}
