import Link from "next/link";
import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { currentUser } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { Card } from "@/components/ui/card";
import { RegisterForm } from "@/components/auth/register-form";

export const metadata: Metadata = { title: "Create account" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm">
      <Card>
        <h1 className="mb-4 text-xl font-semibold">Create your account</h1>
        <RegisterForm callbackUrl={callbackUrl} />
        <p className="mt-4 text-sm text-slate-600">
          Already have one?{" "}
          <Link href="/login" className="text-brand-700 underline">
            Sign in
          </Link>
        </p>
      </Card>
    </div>
  );
}
