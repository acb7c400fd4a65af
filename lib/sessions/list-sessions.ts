import type { Db } from "@/lib/db";
import { changeFeed } from "@/lib/changes";
import { FeedCache, sharedCache } from "@/lib/changes/cache";
import { sessionSelect, type SessionRow } from "@/lib/sessions/dto";
import type { ListSessionsQuery } from "@/lib/sessions/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MISSED_STATUS, SCHEDULED_STATUS } from "@/lib/sessions/rules";
import { now } from "@/lib/clock";

type SessionPage = { sessions: SessionRow[]; nextCursor: number | null };

// The home page polls its open sessions: each page is kept per user and query until a
// session of that user changes (or anyone's name, which a session shows).
function pages() {
  return sharedCache("session-pages", () =>
    new FeedCache<string, SessionPage>({
      feed: changeFeed(),
      keysFor: (change) => {
        if (change.kind === "user") return "all";
        if (change.kind !== "session") return [];
        const prefixes = change.users.map((user) => `${user}|`);
        return (key) => prefixes.some((prefix) => key.startsWith(prefix));
      },
      maxEntries: 20_000,
    }),
  );
}

/** The caller's sessions, newest first, keyset-paged by id (`cursor` = the last id seen). */
export async function listSessions({ db, userId, query }: { db: Db; userId: number; query: ListSessionsQuery }): Promise<SessionPage> {
  // Which sessions are scheduled or missed changes with the clock, not only with a write: not cached.
  if (query.status === SCHEDULED_STATUS || query.status === MISSED_STATUS) return readSessions(db, userId, query);
  const key = `${userId}|${query.status ?? ""}|${query.limit ?? ""}|${query.cursor ?? ""}`;
  return pages().get(key, () => readSessions(db, userId, query));
}

/** The status filter as of `at`: a scheduled session whose window passed is missed (rules.ts effectiveStatus). */
function statusWhere(status: ListSessionsQuery["status"], at: Date): Prisma.SessionWhereInput {
  if (!status) return {};
  if (status === SCHEDULED_STATUS) return { status, scheduledEnd: { gte: at } };
  if (status === MISSED_STATUS) return { OR: [{ status }, { status: SCHEDULED_STATUS, scheduledEnd: { lt: at } }] };
  return { status };
}

async function readSessions(db: Db, userId: number, query: ListSessionsQuery): Promise<SessionPage> {
  const limit = query.limit ?? 50;
  // Upcoming sessions soonest first (the cursor is still the last id seen); everything else newest first.
  const soonest = query.status === SCHEDULED_STATUS;
  const rows = await db.session.findMany({
    where: {
      AND: [{ OR: [{ initiatorId: userId }, { participantId: userId }] }, statusWhere(query.status, now()), ...(query.cursor && !soonest ? [{ id: { lt: query.cursor } }] : [])],
    },
    select: sessionSelect,
    orderBy: soonest ? [{ scheduledFor: "asc" }, { id: "asc" }] : { id: "desc" },
    ...(soonest && query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return { sessions: page, nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
}
