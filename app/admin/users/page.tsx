import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/time";
import { requireAdmin } from "@/lib/require-admin";
import { getDb } from "@/lib/db";
import { issuesToFields } from "@/lib/api/body";
import { adminListUsersQuery } from "@/lib/admin/user-schemas";
import { listAdminUsers } from "@/lib/admin/list-users";
import { FilterSelect, filterInputClass } from "@/components/admin/filter-select";

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  return { title: "Admin · Users" };
}

const PAGE_SIZE = "25";
const KEYS = ["q", "role", "status", "cursor"] as const;

/** The account list: search by name or email, filter by role and status, page with "Next page" (README, Admin). */
export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const raw = await searchParams;
  const values = Object.fromEntries(KEYS.map((key) => [key, (Array.isArray(raw[key]) ? raw[key][0] : raw[key])?.trim() ?? ""])) as Record<(typeof KEYS)[number], string>;
  const query = new URLSearchParams();
  for (const key of KEYS) if (values[key]) query.set(key, values[key]);
  query.set("limit", PAGE_SIZE);
  const parsed = adminListUsersQuery.safeParse(Object.fromEntries(query));
  const result = parsed.success ? await listAdminUsers({ db: await getDb(), query: parsed.data }) : null;
  const nextHref = (() => {
    if (!result?.nextCursor) return null;
    const next = new URLSearchParams(query);
    next.delete("limit");
    next.set("cursor", String(result.nextCursor));
    return `/admin/users?${next}`;
  })();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Users</h1>
        <p className="mt-1 text-sm text-slate-600">Every account, newest first. Open one to disable or enable it or to change its role.</p>
      </div>
      <Card>
        <Form action="/admin/users" aria-label="Filter users" className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
          <div className="space-y-1">
            <label htmlFor="users-q" className="block text-sm font-medium text-slate-700">
              Name or email
            </label>
            <input id="users-q" name="q" type="search" defaultValue={values.q} maxLength={200} className={filterInputClass} />
          </div>
          <FilterSelect id="users-role" name="role" label="Role" value={values.role} options={[{ value: "", label: "Any" }, { value: "user", label: "User" }, { value: "admin", label: "Admin" }]} />
          <FilterSelect id="users-status" name="status" label="Status" value={values.status} options={[{ value: "", label: "Any" }, { value: "active", label: "Active" }, { value: "disabled", label: "Disabled" }]} />
          <button type="submit" className="h-10 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
            Search
          </button>
        </Form>
      </Card>
      <section aria-label="Users">
        {!parsed.success ? (
          <Alert>These filters cannot be used: {Object.values(issuesToFields(parsed.error.issues)).join("; ")}.</Alert>
        ) : result!.users.length === 0 ? (
          <p className="text-sm text-slate-600">No account matches.</p>
        ) : (
          <Card className="overflow-x-auto p-0">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2">Name</th>
                  <th scope="col" className="px-4 py-2">Email</th>
                  <th scope="col" className="px-4 py-2">Role</th>
                  <th scope="col" className="px-4 py-2">Status</th>
                  <th scope="col" className="px-4 py-2">Joined (UTC)</th>
                </tr>
              </thead>
              <tbody>
                {result!.users.map((user) => (
                  <tr key={user.id} className="border-b border-slate-100 last:border-0">
                    <td className="px-4 py-2">
                      <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 underline">
                        {user.name}
                      </Link>
                    </td>
                    <td className="break-all px-4 py-2">{user.email}</td>
                    <td className="px-4 py-2">{user.role === "admin" ? <Badge tone="blue">admin</Badge> : "user"}</td>
                    <td className="px-4 py-2">{user.status === "disabled" ? <Badge tone="red">disabled</Badge> : "active"}</td>
                    <td className="px-4 py-2">
                      <Time utc value={user.created_at} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
        <div className="mt-4 flex gap-3 text-sm">
          {values.cursor ? (
            <Link href={`/admin/users?${new URLSearchParams(Object.entries(values).filter(([key, value]) => key !== "cursor" && value))}`} className="text-brand-700 underline">
              First page
            </Link>
          ) : null}
          {nextHref ? (
            <Link href={nextHref} className="text-brand-700 underline">
              Next page
            </Link>
          ) : null}
        </div>
      </section>
    </div>
  );
}
