"use client";

import { signIn } from "@/lib/browser-auth";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Email or password is incorrect.",
};

/** next-auth's `error`: a code of its own, or "code: message" from lib/auth.ts (e.g. the rate limit, which says when to retry). */
function describeError(error: string | null | undefined): string {
  if (error && MESSAGES[error]) return MESSAGES[error];
  const appError = /^rate_limited: (.+)$/s.exec(error ?? "");
  return appError ? appError[1]! : "Could not sign in. Try again.";
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => null);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(describeError(result?.error));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required />
      <Field id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
