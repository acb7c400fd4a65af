"use client";

import { signIn } from "@/lib/browser-auth";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFormState } from "@/components/ui/use-form-state";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Alert } from "@/components/ui/alert";
import { ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";

// The server's field messages are written for API clients ("Required"); a few read
// better in the form's own words.
const FIELD_WORDS: Record<string, Record<string, string>> = {
  name: { Required: "Enter your name." },
  email: { Required: "Enter your email address.", "Already registered": "An account with this email already exists. Sign in instead." },
  password: { Required: "Choose a password." },
};

function inWords(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, FIELD_WORDS[field]?.[message] ?? message]));
}

export function RegisterForm({ callbackUrl, invite }: { callbackUrl: string; invite?: string }) {
  const { form, error, fields, pending, failed, started } = useFormState();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = {
      name: String(data.get("name") ?? ""),
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      ...(invite ? { invite } : {}),
    };
    started();
    try {
      await api.auth.register(body);
      const result = await signIn("credentials", { email: body.email, password: body.password, redirect: false });
      if (!result?.ok || result.error) throw new Error("Your account was created, but signing in failed. Sign in from the sign-in page.");
      window.location.assign(callbackUrl);
    } catch (caught) {
      const known = caught instanceof ApiError ? caught.fields : {};
      // Field problems are shown at their fields; a banner only for what no field explains.
      // The invitation has no field of its own: its problem goes in the banner.
      if (known.invite) failed({ error: known.invite, fields: inWords(known) });
      else if (Object.keys(known).length > 0) failed({ fields: inWords(known) });
      else failed({ error: caught instanceof Error && caught.message ? caught.message : "Could not create your account. Try again." });
    }
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      <Field id="name" name="name" label="Name" autoComplete="name" required error={fields.name} />
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required error={fields.email} />
      <NewPasswordField id="password" name="password" label="Password" error={fields.password} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
