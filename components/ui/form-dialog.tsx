"use client";

// A modal dialog (for a form, and ConfirmDialog's yes/no): focus moves in, Escape closes
// it unless it is busy, and focus returns to whatever opened it. The content brings its
// own buttons; it is mounted only while open, so each opening starts fresh.
import { useEffect, useId, useRef } from "react";

export function FormDialog({
  open,
  title,
  busy = false,
  width = "30rem",
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  busy?: boolean;
  width?: "28rem" | "30rem";
  onClose: () => void;
  children: React.ReactNode;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
      onClose={() => {
        // Back to the button that opened it, if it is still there.
        if (opener.current?.isConnected) opener.current.focus();
      }}
      className={`m-auto ${width === "28rem" ? "w-[min(28rem,calc(100vw-2rem))]" : "w-[min(30rem,calc(100vw-2rem))]"} rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40`}
    >
      {open ? (
        <div className="space-y-3 p-5">
          <h2 id={`${id}-title`} className="text-lg font-semibold [overflow-wrap:anywhere]">
            {title}
          </h2>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
