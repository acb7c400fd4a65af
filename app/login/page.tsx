import type { Metadata } from "next";
import { AuthCard, type AuthPageProps } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { signOutReasonText } from "@/lib/accounts/sign-out-reasons";

export const metadata: Metadata = { title: "Sign in" };

// The way to sign-up keeps the callbackUrl, so a new account ends up where sign-in would have.
const toRegister = { label: "Create an account", href: (callbackUrl: string) => `/register?callbackUrl=${encodeURIComponent(callbackUrl)}` };

type LoginPageProps = { searchParams: Promise<{ callbackUrl?: string; reason?: string }> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  // Why you are here, when you did not just sign out yourself (lib/accounts/sign-out-reasons.ts).
  const reason = signOutReasonText((await searchParams).reason);
  return (
    <>
      {reason ? (
        <div className="mx-auto mb-4 max-w-sm" data-testid="sign-out-reason">
          <Alert tone="info">{reason}</Alert>
        </div>
      ) : null}
      <AuthCard searchParams={searchParams as AuthPageProps["searchParams"]} title="Sign in" Form={LoginForm} prompt="New here?" link={toRegister} />
    </>
  );
}
