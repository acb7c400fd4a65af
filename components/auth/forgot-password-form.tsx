"use client";

// /forgot-password: the answer is the same whether or not the account exists.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFormState } from "@/components/ui/use-form-state";
import { ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";

const SENT = "If an account exists for this email, we sent it a link to choose a new password. It works for 30 minutes.";

export function ForgotPasswordForm() {
  const { form, error, fields, pending, failed, started, succeeded } = useFormState();
  const [sent, setSent] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!email) return failed({ fields: { email: "Enter your email address." } });
    setSent(false);
    started();
    try {
      await api.auth.requestPasswordReset({ email });
    } catch (caught) {
      const problem = caught instanceof ApiError ? caught : null;
      if (problem && Object.keys(problem.fields).length > 0) return failed({ fields: problem.fields });
      return failed({ error: problem?.message ?? "Could not send the link. Try again." });
    }
    succeeded();
    setSent(true);
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Reset password">
      {error ? <Alert>{error}</Alert> : null}
      {sent ? <Alert tone="success">{SENT}</Alert> : null}
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required error={fields.email} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Sending…" : "Send me a link"}
      </Button>
    </form>
  );
}
