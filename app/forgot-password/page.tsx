import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-sm">
      <Card>
        <h1 className="mb-2 text-xl font-semibold">Forgot your password?</h1>
        <p className="mb-4 text-sm text-slate-600">We email you a link to choose a new one. It also lifts a sign-in lock.</p>
        <ForgotPasswordForm />
        <p className="mt-4 text-sm text-slate-600">
          Remembered it?{" "}
          <Link href="/login" className="text-brand-700 underline">
            Sign in
          </Link>
        </p>
      </Card>
    </div>
  );
}
