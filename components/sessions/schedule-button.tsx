"use client";

// **Schedule** beside **Start session**: plans a session with a friend for later, then
// opens its waiting room, where the friend's answer will show (README, Scheduled sessions).
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { ScheduleForm } from "@/components/sessions/schedule-form";
import { api } from "@/lib/swr/api";

export function ScheduleButton({ friend }: { friend: { id: number; name: string } }) {
  const id = useId();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  return (
    <>
      <Button type="button" variant="secondary" className="px-3 py-1.5" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Schedule
      </Button>
      <FormDialog open={open} title={`Schedule a session with ${friend.name}`} busy={busy} onClose={() => setOpen(false)}>
        <ScheduleForm
          id={`schedule-${id}`}
          withNote
          submitLabel="Schedule"
          pendingLabel="Scheduling…"
          onPendingChange={setBusy}
          onCancel={() => setOpen(false)}
          onSubmit={async (values) => {
            const session = await api.sessions.schedule({ participant_id: friend.id, ...values });
            router.push(`/sessions/${session.id}`);
          }}
        />
      </FormDialog>
    </>
  );
}
