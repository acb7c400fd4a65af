// The sign-in and sign-up pages: the same frame around their form, and the same start (a
// user already signed in goes straight to where they were headed).
import type { ComponentType } from "react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { Card } from "@/components/ui/card";

export type AuthPageProps = { searchParams: Promise<{ callbackUrl?: string }> };

export async function AuthCard({
  searchParams,
  title,
  Form,
  prompt,
  link,
}: AuthPageProps & {
  title: string;
  /** Receives where to go once signed in: a same-origin path only. */
  Form: ComponentType<{ callbackUrl: string }>;
  /** The way to the other page, under the form. */
  prompt: string;
  link: { label: string; href: (callbackUrl: string) => string };
}) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm">
      <Card>
        <h1 className="mb-4 text-xl font-semibold [overflow-wrap:anywhere]">{title}</h1>
        <Form callbackUrl={callbackUrl} />
        <p className="mt-4 text-sm text-slate-600">
          {prompt}{" "}
          <Link href={link.href(callbackUrl)} className="text-brand-700 underline">
            {link.label}
          </Link>
        </p>
      </Card>
    </div>
  );
}
