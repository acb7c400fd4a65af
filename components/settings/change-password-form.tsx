"use client";

// Changing the password revokes every session, this tab's cookie included; the tab then
// signs in again with the new password so that only the other browsers are signed out.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { ApiError, apiFetch } from "@/lib/swr/fetcher";

type Outcome = { tone: "success" | "error"; text: string } | null;

const SIGN_IN_AGAIN = "/login?callbackUrl=%2Fsettings";

export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const currentPassword = String(form.get("current_password") ?? "");
    const newPassword = String(form.get("new_password") ?? "");
    setOutcome(null);
    setFields({});
    if (newPassword !== String(form.get("repeat_password") ?? "")) {
      setFields({ repeat_password: "The two new passwords differ" });
      return;
    }
    setPending(true);
    try {
      await apiFetch("/api/v1/auth/password", { method: "POST", body: { current_password: currentPassword, new_password: newPassword } });
    } catch (caught) {
      setPending(false);
      const error = caught instanceof ApiError ? caught : new ApiError(0, "unknown_error", "Could not change the password. Try again.");
      if (error.code === "not_authenticated") return router.replace(SIGN_IN_AGAIN);
      setFields(error.code === "invalid_credentials" ? { current_password: "Incorrect" } : error.fields);
      setOutcome({ tone: "error", text: error.code === "validation_failed" ? "Check the fields below." : error.message });
      return;
    }
    const signedIn = await signIn("credentials", { email, password: newPassword, redirect: false }).catch(() => null);
    if (!signedIn?.ok || signedIn.error) return router.replace(SIGN_IN_AGAIN);
    setPending(false);
    formRef.current?.reset();
    setOutcome({ tone: "success", text: "Password changed. Every other browser and app was signed out; this one stays signed in." });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Change password">
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
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
