import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { recordId } from "@/lib/record-id";
import { requireAdmin } from "@/lib/require-admin";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getAdminSession } from "@/lib/admin/get-session";
import { listAdminAuditLogs } from "@/lib/admin/list-audit-logs";
import { AdminSessionView } from "@/components/admin/admin-session-view";

type Props = { params: Promise<{ id: string }> };

function sessionIdFrom(raw: string): number {
  return recordId(raw) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireAdmin();
  return { title: `Admin · Session #${sessionIdFrom((await params).id)}` };
}

export default async function AdminSessionPage({ params }: Props) {
  await requireAdmin();
  const sessionId = sessionIdFrom((await params).id);
  const db = await getDb();
  const [session, auditLogs] = await Promise.all([getAdminSession({ db, sessionId }), listAdminAuditLogs({ db, sessionId, query: {} })]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "session_not_found") notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <Link href="/admin" className="inline-block text-sm text-brand-700 underline">
        ← All sessions
      </Link>
      <AdminSessionView initialSession={session} initialAuditLogs={auditLogs} />
    </div>
  );
}
