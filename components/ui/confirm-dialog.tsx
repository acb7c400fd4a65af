"use client";

// A yes/no question in a modal dialog (FormDialog): focus moves in (to the safe choice),
// Escape closes it, and focus returns to whatever opened it.
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  pendingLabel,
  pending = false,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children?: React.ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pendingLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <FormDialog open={open} title={title} busy={pending} width="28rem" onClose={onClose}>
      {children ? <div className="text-sm text-slate-600">{children}</div> : null}
      <div className="flex flex-wrap justify-end gap-2 pt-2">
        <Button variant="secondary" disabled={pending} onClick={onClose} autoFocus>
          {cancelLabel}
        </Button>
        <Button variant="danger" disabled={pending} onClick={onConfirm}>
          {pending ? pendingLabel : confirmLabel}
        </Button>
      </div>
    </FormDialog>
  );
}
