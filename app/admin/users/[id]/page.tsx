import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/time";
import { AdminActionsTable } from "@/components/admin/admin-actions-table";
import { UserActions } from "@/components/admin/user-actions";
import { requireAdmin } from "@/lib/require-admin";
import { getDb } from "@/lib/db";
import { recordId } from "@/lib/record-id";
import { AppError } from "@/lib/errors";
import { getAdminUser } from "@/lib/admin/get-user";
import { listAdminActions } from "@/lib/admin/list-admin-actions";

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  return { title: "Admin · User" };
}

async function load(rawId: string) {
  const userId = recordId(rawId);
  if (userId === null) notFound();
  const db = await getDb();
  try {
    const [user, history] = await Promise.all([getAdminUser({ db, userId }), listAdminActions({ db, query: { user_id: userId, limit: 100 } })]);
    return { user, history: history.actions };
  } catch (error) {
    if (error instanceof AppError && error.code === "user_not_found") notFound();
    throw error;
  }
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase text-slate-600">{label}</dt>
      <dd className="mt-1 text-sm">{children}</dd>
    </div>
  );
}

/** One account (README, Admin): counts, status, what admins did to it, and the actions. */
export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdmin();
  const { user, history } = await load((await params).id);
  return (
    <div className="space-y-6">
      <Link href="/admin/users" className="inline-block text-sm text-brand-700 underline">
        ← All users
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{user.name}</h1>
        {user.role === "admin" ? <Badge tone="blue">admin</Badge> : null}
        {user.status === "disabled" ? <Badge tone="red">disabled</Badge> : <Badge tone="green">active</Badge>}
      </div>
      <Card>
        <h2 className="sr-only">Details</h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Fact label="Email">
            <span className="break-all">{user.email}</span>
          </Fact>
          <Fact label="Joined (UTC)">
            <Time utc value={user.created_at} />
          </Fact>
          <Fact label="Last seen (UTC)">
            <Time utc value={user.last_seen_at} />
          </Fact>
          <Fact label="Friends">{user.friends_count}</Fact>
          <Fact label="Sessions">{user.sessions_count}</Fact>
          {user.status === "disabled" ? (
            <>
              <Fact label="Disabled (UTC)">
                <Time utc value={user.disabled_at} />
              </Fact>
              <Fact label="Disabled by">{user.disabled_by?.name ?? "—"}</Fact>
              <Fact label="Reason">
                <span className="break-words">{user.disabled_reason}</span>
              </Fact>
            </>
          ) : null}
        </dl>
      </Card>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Actions</h2>
        <UserActions key={`${user.status}-${user.role}`} user={user} isSelf={user.id === admin.id} />
      </Card>
      <Card className="space-y-3 p-0 pt-4">
        <h2 className="px-4 text-lg font-semibold">History</h2>
        <AdminActionsTable actions={history} caption={`Admin actions on ${user.name}`} />
      </Card>
    </div>
  );
}
