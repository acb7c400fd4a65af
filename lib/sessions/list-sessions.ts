import type { Db } from "@/lib/db";
import { sessionSelect } from "@/lib/sessions/dto";
import type { ListSessionsQuery } from "@/lib/sessions/schemas";

/** The caller's sessions, newest first, keyset-paged by id (`cursor` = the last id seen). */
export async function listSessions({ db, userId, query }: { db: Db; userId: number; query: ListSessionsQuery }) {
  const limit = query.limit ?? 50;
  const rows = await db.session.findMany({
    where: {
      OR: [{ initiatorId: userId }, { participantId: userId }],
      ...(query.status ? { status: query.status } : {}),
      ...(query.cursor ? { id: { lt: query.cursor } } : {}),
    },
    select: sessionSelect,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return { sessions: page, nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
}
