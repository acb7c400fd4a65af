import type { Metadata } from "next";
import { requireUser } from "@/lib/require-user";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser("/");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Welcome, {user.name}</h1>
      <Card>
        <p className="text-slate-600">Your friends and sessions will appear here.</p>
      </Card>
    </div>
  );
}
