"use client";

import { signIn } from "@/lib/browser-auth";
import { Button } from "@/components/ui/button";
import { Field, PasswordField } from "@/components/ui/field";
import { useFormState } from "@/components/ui/use-form-state";
import { Alert } from "@/components/ui/alert";
import Link from "next/link";

const FORGOT = (
  <Link href="/forgot-password" className="text-brand-700 underline">
    Forgot password?
  </Link>
);

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Email or password is incorrect.",
};

/** next-auth's `error`: a code of its own, or "code: message" from lib/auth.ts (e.g. the rate limit, which says when to retry). */
function describeError(error: string | null | undefined): string {
  if (error && MESSAGES[error]) return MESSAGES[error];
  const appError = /^(?:rate_limited|account_disabled): (.+)$/s.exec(error ?? "");
  return appError ? appError[1]! : "Could not sign in. Try again.";
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const { form, error, fields, pending, failed, started } = useFormState();
  // Locked out (429): the way back is a reset link.
  const lockedOut = error !== null && /^Too many failed sign-in attempts/.test(error);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    // Nothing to check with the server yet: say which fields are missing.
    const missing: Record<string, string> = {
      ...(email ? {} : { email: "Enter your email address." }),
      ...(password ? {} : { password: "Enter your password." }),
    };
    if (missing.email || missing.password) {
      failed({ error: missing.email && missing.password ? "Fill in both your email and your password." : null, fields: missing });
      return;
    }
    started();
    const result = await signIn("credentials", { email, password, redirect: false }).catch(() => null);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    failed({ error: describeError(result?.error) });
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      {lockedOut ? <p className="text-sm text-slate-700">Locked out? {FORGOT} We email you a link to choose a new one, which also lifts the lock.</p> : null}
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required error={fields.email} />
      <PasswordField id="password" name="password" label="Password" autoComplete="current-password" required error={fields.password} />
      {lockedOut ? null : <p className="text-right text-sm">{FORGOT}</p>}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
