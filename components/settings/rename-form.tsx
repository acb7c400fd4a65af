"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formProblem, useFormState } from "@/components/ui/use-form-state";
import { api } from "@/lib/swr/api";

export function RenameForm({ name }: { name: string }) {
  const router = useRouter();
  const { form, error, fields, pending, done, failed, started, succeeded } = useFormState();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    started();
    try {
      await api.users.updateMe({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
    } catch (caught) {
      return failed(formProblem(caught, "Could not save your name. Try again."));
    }
    succeeded();
    router.refresh();
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Your name">
      {error ? <Alert>{error}</Alert> : null}
      {done ? <Alert tone="success">Saved. Your friends see the new name at once.</Alert> : null}
      <Field id="name" name="name" label="Name" autoComplete="name" required defaultValue={name} hint="1 to 80 characters." error={fields.name} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}
