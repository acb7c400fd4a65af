import type { Metadata } from "next";
import { AuthCard, type AuthPageProps } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Sign in" };

// The way to sign-up keeps the callbackUrl, so a new account ends up where sign-in would have.
const toRegister = { label: "Create an account", href: (callbackUrl: string) => `/register?callbackUrl=${encodeURIComponent(callbackUrl)}` };

export default function LoginPage({ searchParams }: AuthPageProps) {
  return <AuthCard searchParams={searchParams} title="Sign in" Form={LoginForm} prompt="New here?" link={toRegister} />;
}
