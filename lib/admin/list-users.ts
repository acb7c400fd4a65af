import type { Db } from "@/lib/db";
import { likeLiteral } from "@/lib/db/like";
import { adminUserDto, adminUserSelect } from "@/lib/admin/user-dto";
import type { AdminListUsersQuery } from "@/lib/admin/user-schemas";

const PAGE_SIZE = 50;

/** Every account but deleted ones (nothing of them is left to manage), newest first, keyset-paged by id. */
export async function listAdminUsers({ db, query }: { db: Db; query: AdminListUsersQuery }) {
  const limit = query.limit ?? PAGE_SIZE;
  const text = query.q ? { contains: likeLiteral(query.q), mode: "insensitive" as const } : null;
  const rows = await db.user.findMany({
    where: {
      deletedAt: null,
      ...(query.role ? { role: query.role } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(text ? { OR: [{ name: text }, { email: text }] } : {}),
      ...(query.cursor ? { id: { lt: query.cursor } } : {}),
    },
    select: adminUserSelect,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return { users: page.map(adminUserDto), nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
}
