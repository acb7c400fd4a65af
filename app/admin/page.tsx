import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { FILTER_LABELS, SessionFilters, inWords, type FilterValues } from "@/components/admin/session-filters";
import { AdminSessionList } from "@/components/admin/admin-session-list";
import { requireAdmin } from "@/lib/require-admin";
import { getDb } from "@/lib/db";
import { issuesToFields } from "@/lib/api/body";
import { adminListSessionsQuery } from "@/lib/admin/schemas";
import { listAdminSessions } from "@/lib/admin/list-sessions";
import { adminSessionDto } from "@/lib/admin/dto";
import { api } from "@/lib/swr/api";

export async function generateMetadata(): Promise<Metadata> {
  // Only an admin's tab says "Admin"; everyone else sees the not-found page's title.
  await requireAdmin();
  return { title: "Admin · Sessions" };
}

const PAGE_SIZE = "25";
const FILTER_KEYS = ["status", "created_from", "created_to", "q", "limit"] as const;

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const raw = await searchParams;
  const values = Object.fromEntries(
    FILTER_KEYS.map((key) => {
      const value = raw[key];
      return [key, (Array.isArray(value) ? value[0] : value)?.trim() ?? ""];
    }),
  ) as FilterValues;

  // The same query the browser sends for "Load more": empty filters left out.
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) if (values[key]) query.set(key, values[key]);
  if (!query.has("limit")) query.set("limit", PAGE_SIZE);
  const canonical = query.toString();

  const parsed = adminListSessionsQuery.safeParse(Object.fromEntries(query));
  const errors = parsed.success ? {} : issuesToFields(parsed.error.issues);
  const filtered = Boolean(values.status || values.created_from || values.created_to || values.q);

  let list: React.ReactNode;
  if (parsed.success) {
    const { sessions, nextCursor } = await listAdminSessions({ db: await getDb(), query: parsed.data });
    const firstPage = { sessions: sessions.map(adminSessionDto), next: nextCursor ? api.admin.sessionsUrl(canonical, nextCursor) : null };
    list = <AdminSessionList key={canonical} firstUrl={api.admin.sessionsUrl(canonical)} firstPage={firstPage} filtered={filtered} />;
  } else {
    list = (
      <Alert>
        These filters cannot be used. {Object.entries(errors).map(([field, message]) => `${FILTER_LABELS[field] ?? field}: ${inWords(message)}.`).join(" ")} Change
        them above, or clear them.
      </Alert>
    );
  }

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Sessions</h1>
        <p className="mt-1 text-sm text-slate-600">Every session between any two people, newest first. Times are in UTC.</p>
      </div>
      <Card>
        <SessionFilters key={canonical} values={values} errors={errors} />
      </Card>
      <section aria-label="Sessions">{list}</section>
    </div>
  );
}
