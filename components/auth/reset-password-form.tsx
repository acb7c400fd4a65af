"use client";

// /reset-password/[token]: a new password, then signed in with it. The email is asked
// for too, so that the browser can sign in (and password managers save the pair).
import { signIn } from "@/lib/browser-auth";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formProblem, useFormState } from "@/components/ui/use-form-state";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { api } from "@/lib/swr/api";

const SIGN_IN = "/login?callbackUrl=%2F";

export function ResetPasswordForm({ token }: { token: string }) {
  const { form, error, fields, pending, failed, started } = useFormState();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const newPassword = String(data.get("new_password") ?? "");
    if (newPassword !== String(data.get("repeat_password") ?? "")) return failed({ fields: { repeat_password: "The two new passwords differ" } });
    started();
    try {
      await api.auth.confirmPasswordReset({ token, new_password: newPassword });
    } catch (caught) {
      return failed(formProblem(caught, "Could not change the password. Try again."));
    }
    const signedIn = email ? await signIn("credentials", { email, password: newPassword, redirect: false }).catch(() => null) : null;
    window.location.assign(signedIn?.ok && !signedIn.error ? "/" : SIGN_IN);
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Choose a new password">
      {error ? <Alert>{error}</Alert> : null}
      <Field id="email" name="email" type="email" label="Email" autoComplete="username" error={fields.email} />
      <NewPasswordField id="new_password" name="new_password" label="New password" error={fields.new_password} />
      <Field id="repeat_password" name="repeat_password" type="password" label="Repeat new password" autoComplete="new-password" required error={fields.repeat_password} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
