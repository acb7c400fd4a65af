import type { Metadata } from "next";
import { requireUser } from "@/lib/require-user";
import { SessionHistory } from "@/components/sessions/session-history";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  const user = await requireUser("/sessions");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Your sessions</h1>
      <SessionHistory viewerId={user.id} />
    </div>
  );
}
