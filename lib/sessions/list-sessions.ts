import type { Db } from "@/lib/db";
import { changeFeed } from "@/lib/changes";
import { FeedCache, sharedCache } from "@/lib/changes/cache";
import { sessionSelect, type SessionRow } from "@/lib/sessions/dto";
import type { ListSessionsQuery } from "@/lib/sessions/schemas";

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
  const key = `${userId}|${query.status ?? ""}|${query.limit ?? ""}|${query.cursor ?? ""}`;
  return pages().get(key, () => readSessions(db, userId, query));
}

async function readSessions(db: Db, userId: number, query: ListSessionsQuery): Promise<SessionPage> {
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
