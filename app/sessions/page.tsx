import type { Metadata } from "next";
import { requireUser } from "@/lib/require-user";
import { SESSION_STATUSES as sessionStatusValues } from "@/lib/sessions/rules";
import { SessionHistory } from "@/components/sessions/session-history";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const raw = (await searchParams).status;
  const status = (sessionStatusValues as readonly string[]).find((value) => value === (Array.isArray(raw) ? raw[0] : raw)) ?? "";
  const user = await requireUser(status ? `/sessions?status=${status}` : "/sessions");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Your sessions</h1>
      <SessionHistory viewerId={user.id} initialStatus={status} />
    </div>
  );
}
