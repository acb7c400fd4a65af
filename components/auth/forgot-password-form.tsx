"use client";

// /forgot-password: the answer is the same whether or not the account exists.
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formProblem, useFormState } from "@/components/ui/use-form-state";
import { api } from "@/lib/swr/api";

const SENT = "If an account exists for this email, we sent it a link to choose a new password. It works for 30 minutes.";

export function ForgotPasswordForm() {
  const { form, error, fields, pending, done, failed, started, succeeded } = useFormState();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!email) return failed({ fields: { email: "Enter your email address." } });
    started();
    try {
      await api.auth.requestPasswordReset({ email });
    } catch (caught) {
      return failed(formProblem(caught, "Could not send the link. Try again."));
    }
    succeeded();
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Reset password">
      {error ? <Alert>{error}</Alert> : null}
      {done ? <Alert tone="success">{SENT}</Alert> : null}
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required error={fields.email} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Sending…" : "Send me a link"}
      </Button>
    </form>
  );
}
