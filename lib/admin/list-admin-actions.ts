import type { Db } from "@/lib/db";
import { adminActionDto, adminActionSelect } from "@/lib/admin/user-dto";
import type { AdminActionsQuery } from "@/lib/admin/user-schemas";

const PAGE_SIZE = 50;

/** The admin actions log, newest first, keyset-paged by id; optionally one user's. */
export async function listAdminActions({ db, query }: { db: Db; query: AdminActionsQuery }) {
  const limit = query.limit ?? PAGE_SIZE;
  const rows = await db.adminAction.findMany({
    where: {
      ...(query.user_id ? { targetUserId: query.user_id } : {}),
      ...(query.cursor ? { id: { lt: query.cursor } } : {}),
    },
    select: adminActionSelect,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return { actions: page.map(adminActionDto), nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
}
