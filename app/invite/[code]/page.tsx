import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { findInviter } from "@/lib/invites/find-invite";
import { messages } from "@/lib/errors";
import { AuthCard } from "@/components/auth/auth-card";
import { RegisterForm } from "@/components/auth/register-form";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "You are invited" };

const toLogin = { label: "Sign in", href: () => "/login" };
const noQuery = Promise.resolve({});

// Only the inviter's name is shown: the link is all a visitor has.
export default async function InvitePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const inviter = await findInviter({ db: await getDb(), code });
  if (!inviter) {
    return (
      <div className="mx-auto max-w-sm">
        <Card>
          <h1 className="mb-2 text-xl font-semibold">Invitation not valid</h1>
          <p className="text-sm text-slate-600">{messages.inviteInvalid} Ask for a new one, or</p>
          <p className="mt-2 text-sm">
            <Link href="/register" className="text-brand-700 underline">
              create an account
            </Link>
          </p>
        </Card>
      </div>
    );
  }
  const InvitedRegisterForm = ({ callbackUrl }: { callbackUrl: string }) => <RegisterForm callbackUrl={callbackUrl} invite={code} />;
  return <AuthCard searchParams={noQuery} title={`${inviter.name} invited you`} Form={InvitedRegisterForm} prompt="Already have an account?" link={toLogin} />;
}
