"use client";

import { signIn } from "@/lib/browser-auth";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Alert } from "@/components/ui/alert";
import { ApiError, apiFetch } from "@/lib/swr/fetcher";

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setPending(true);
    setError(null);
    setFields({});
    try {
      await apiFetch("/api/v1/auth/register", { method: "POST", body });
      const result = await signIn("credentials", { email: body.email, password: body.password, redirect: false });
      if (!result?.ok || result.error) throw new Error("Your account was created, but signing in failed. Sign in from the sign-in page.");
      window.location.assign(callbackUrl);
    } catch (caught) {
      setPending(false);
      if (caught instanceof ApiError) {
        setFields(caught.fields);
        setError(caught.code === "validation_failed" ? "Check the fields below." : caught.message);
      } else {
        setError((caught as Error).message);
      }
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      <Field id="name" name="name" label="Name" autoComplete="name" required maxLength={80} error={fields.name} />
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required error={fields.email} />
      <NewPasswordField id="password" name="password" label="Password" error={fields.password} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
