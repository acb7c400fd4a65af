import type { Metadata } from "next";
import { requireUser } from "@/lib/require-user";
import { JoinRedirect } from "@/components/sessions/join-redirect";

export const metadata: Metadata = { title: "Joining", referrer: "no-referrer" };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requireUser(`/join/${encodeURIComponent(token)}`);
  return <JoinRedirect token={token} />;
}
