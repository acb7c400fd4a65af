import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { AdminActionsTable } from "@/components/admin/admin-actions-table";
import { requireAdmin } from "@/lib/require-admin";
import { getDb } from "@/lib/db";
import { adminActionsQuery } from "@/lib/admin/user-schemas";
import { listAdminActions } from "@/lib/admin/list-admin-actions";

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  return { title: "Admin · Admin actions" };
}

/** The admin actions log (README, Admin): append-only, newest first. */
export default async function AdminActionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const raw = await searchParams;
  const cursor = typeof raw.cursor === "string" && raw.cursor ? raw.cursor : undefined;
  const parsed = adminActionsQuery.safeParse({ limit: "50", ...(cursor ? { cursor } : {}) });
  const result = parsed.success ? await listAdminActions({ db: await getDb(), query: parsed.data }) : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Admin actions</h1>
        <p className="mt-1 text-sm text-slate-600">What admins did, newest first: disabling and enabling accounts, role changes and cancelled sessions. Nothing here can be edited or removed.</p>
      </div>
      <Card className="p-0">{result ? <AdminActionsTable actions={result.actions} caption="Admin actions" /> : <Alert>This page does not exist.</Alert>}</Card>
      <div className="flex gap-3 text-sm">
        {cursor ? (
          <Link href="/admin/audit-log" className="text-brand-700 underline">
            Newest
          </Link>
        ) : null}
        {result?.nextCursor ? (
          <Link href={`/admin/audit-log?cursor=${result.nextCursor}`} className="text-brand-700 underline">
            Older
          </Link>
        ) : null}
      </div>
    </div>
  );
}
