import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

// The token is checked when the form is sent (POST /auth/password-reset/confirm), not
// on opening the page: a mail scanner opening the link must not use it up.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="mx-auto max-w-sm">
      <Card>
        <h1 className="mb-2 text-xl font-semibold">Choose a new password</h1>
        <p className="mb-4 text-sm text-slate-600">Every browser and app signed in to your account is signed out.</p>
        <ResetPasswordForm token={token} />
        <p className="mt-4 text-sm text-slate-600">
          Link expired?{" "}
          <Link href="/forgot-password" className="text-brand-700 underline">
            Ask for a new one
          </Link>
        </p>
      </Card>
    </div>
  );
}
