"use client";

// Changing the password revokes every session, this tab's cookie included; the tab then
// signs in again with the new password so that only the other browsers are signed out.
import { signIn } from "@/lib/browser-auth";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formProblem, useFormState } from "@/components/ui/use-form-state";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";

const SIGN_IN_AGAIN = "/login?callbackUrl=%2Fsettings";
const CHANGED = "Password changed. Every other browser and app was signed out; this one stays signed in.";

export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const { form, error, fields, pending, done, failed, started, succeeded } = useFormState();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const currentPassword = String(data.get("current_password") ?? "");
    const newPassword = String(data.get("new_password") ?? "");
    if (newPassword !== String(data.get("repeat_password") ?? "")) {
      return failed({ fields: { repeat_password: "The two new passwords differ" } });
    }
    started();
    try {
      await api.auth.changePassword({ current_password: currentPassword, new_password: newPassword });
    } catch (caught) {
      const code = caught instanceof ApiError ? caught.code : null;
      if (code === "not_authenticated") return router.replace(SIGN_IN_AGAIN);
      if (code === "invalid_credentials") return failed({ error: (caught as ApiError).message, fields: { current_password: "Incorrect" } });
      // Field problems are shown at their fields; a banner only for what no field explains.
      return failed(formProblem(caught, "Could not change the password. Try again."));
    }
    const signedIn = await signIn("credentials", { email, password: newPassword, redirect: false }).catch(() => null);
    if (!signedIn?.ok || signedIn.error) return router.replace(SIGN_IN_AGAIN);
    form.current?.reset();
    succeeded();
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Change password">
      {error ? <Alert>{error}</Alert> : null}
      {done ? <Alert tone="success">{CHANGED}</Alert> : null}
      <Field
        id="current_password"
        name="current_password"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        error={fields.current_password}
      />
      <NewPasswordField id="new_password" name="new_password" label="New password" error={fields.new_password} />
      <Field
        id="repeat_password"
        name="repeat_password"
        type="password"
        label="Repeat new password"
        autoComplete="new-password"
        required
        error={fields.repeat_password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing password…" : "Change password"}
      </Button>
    </form>
  );
}
