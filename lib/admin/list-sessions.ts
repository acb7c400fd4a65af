import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { likeLiteral } from "@/lib/db/like";
import { adminSessionSelect } from "@/lib/admin/dto";
import { lowerInstant, upperCondition, type AdminListSessionsQuery } from "@/lib/admin/schemas";

const ADMIN_PAGE_SIZE = 50;


function searchCondition(q: string): Prisma.SessionWhereInput {
  const text = { contains: likeLiteral(q), mode: "insensitive" as const };
  return {
    OR: [
      { initiator: { name: text } },
      { initiator: { email: text } },
      { participant: { name: text } },
      { participant: { email: text } },
      { zoomMeetingId: q },
    ],
  };
}

/** Every session, newest first, filtered, keyset-paged by id (`cursor` = the last id seen). */
export async function listAdminSessions({ db, query }: { db: Db; query: AdminListSessionsQuery }) {
  const limit = query.limit ?? ADMIN_PAGE_SIZE;
  const createdAt: Prisma.DateTimeFilter = {
    ...(query.created_from ? { gte: lowerInstant(query.created_from) } : {}),
    ...(query.created_to ? upperCondition(query.created_to) : {}),
  };
  const rows = await db.session.findMany({
    where: {
      AND: [
        query.status ? { status: query.status } : {},
        Object.keys(createdAt).length ? { createdAt } : {},
        query.q ? searchCondition(query.q) : {},
        query.cursor ? { id: { lt: query.cursor } } : {},
      ],
    },
    select: adminSessionSelect,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return { sessions: page, nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
}
