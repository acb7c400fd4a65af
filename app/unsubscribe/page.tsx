// GET /unsubscribe?token=... – shows what the link would turn off and a button that does
// it; opening the page changes nothing (link scanners open every link in a mail).
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { UnsubscribeButton } from "@/components/settings/unsubscribe-button";
import { CATEGORY_LABEL } from "@/lib/mail/categories";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe-token";

// The token is a credential: keep it out of Referer headers.
export const metadata: Metadata = { title: "Unsubscribe", referrer: "no-referrer" };

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const claims = typeof token === "string" ? await verifyUnsubscribeToken(token) : null;
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-3 text-xl font-semibold">Unsubscribe</h1>
        {claims && typeof token === "string" ? (
          <div className="flex flex-col gap-4">
            <p>Stop getting email about {CATEGORY_LABEL[claims.category]}?</p>
            <UnsubscribeButton token={token} label={CATEGORY_LABEL[claims.category]} />
          </div>
        ) : (
          <p role="alert">This unsubscribe link is not valid. You can choose which emails you get in your <Link className="underline" href="/settings">settings</Link>.</p>
        )}
      </Card>
    </div>
  );
}
