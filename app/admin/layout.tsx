import { requireAdmin } from "@/lib/require-admin";
import { AdminNav } from "@/components/admin/admin-nav";

// The gate here answers before any loading state streams, so outsiders get a real 404
// status; every admin page checks the role itself as well.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
