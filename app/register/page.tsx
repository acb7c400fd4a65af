import type { Metadata } from "next";
import { AuthCard, type AuthPageProps } from "@/components/auth/auth-card";
import { RegisterForm } from "@/components/auth/register-form";

export const metadata: Metadata = { title: "Create account" };

const toLogin = { label: "Sign in", href: () => "/login" };

export default function RegisterPage({ searchParams }: AuthPageProps) {
  return <AuthCard searchParams={searchParams} title="Create your account" Form={RegisterForm} prompt="Already have one?" link={toLogin} />;
}
