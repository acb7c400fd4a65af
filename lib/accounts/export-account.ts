// GET /users/me/export (README, Your data; GDPR Art. 20): everything the app keeps about
// the caller, as one JSON document written piece by piece, so a long chat history is
// never held in memory at once. Chat holds only the caller's own messages: the friend's
// texts are the friend's data. Meeting links, passwords and rooms are left out (they open
// a call, and ended meetings have none worth keeping).
import type { Db } from "@/lib/db";
import { getPreferences } from "@/lib/preferences/get-preferences";

const MESSAGE_BATCH = 500;
const iso = (date: Date | null) => (date ? date.toISOString() : null);
const person = { select: { id: true, name: true } } as const;

async function* jsonArray<T>(pages: AsyncGenerator<T[]>): AsyncGenerator<string> {
  yield "[";
  let first = true;
  for await (const page of pages) {
    for (const item of page) {
      yield `${first ? "" : ","}\n${JSON.stringify(item)}`;
      first = false;
    }
  }
  yield "]";
}

async function* once<T>(items: Promise<T[]>): AsyncGenerator<T[]> {
  yield await items;
}

async function* ownMessages(db: Db, userId: number) {
  let after = 0;
  for (;;) {
    const rows = await db.message.findMany({
      where: { senderId: userId, id: { gt: after } },
      select: { id: true, kind: true, text: true, createdAt: true, conversation: { select: { userLowId: true, userHighId: true } } },
      orderBy: { id: "asc" },
      take: MESSAGE_BATCH,
    });
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
    yield rows.map((row) => ({
      id: row.id,
      friend_id: row.conversation.userLowId === userId ? row.conversation.userHighId : row.conversation.userLowId,
      kind: row.kind,
      text: row.text,
      created_at: row.createdAt.toISOString(),
    }));
  }
}

async function friendsOf(db: Db, userId: number) {
  const rows = await db.friendship.findMany({
    where: { OR: [{ userLowId: userId }, { userHighId: userId }] },
    select: { createdAt: true, userLow: { select: { id: true, name: true, email: true } }, userHigh: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => ({ user: row.userLow.id === userId ? row.userHigh : row.userLow, since: row.createdAt.toISOString() }));
}

async function requestsOf(db: Db, userId: number) {
  const rows = await db.friendRequest.findMany({
    where: { OR: [{ fromUserId: userId }, { toUserId: userId }] },
    select: { id: true, status: true, createdAt: true, respondedAt: true, fromUser: person, toUser: person },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ id: row.id, from_user: row.fromUser, to_user: row.toUser, status: row.status, created_at: row.createdAt.toISOString(), responded_at: iso(row.respondedAt) }));
}

async function sessionsOf(db: Db, userId: number) {
  const rows = await db.session.findMany({
    where: { OR: [{ initiatorId: userId }, { participantId: userId }] },
    select: {
      id: true,
      status: true,
      videoProvider: true,
      createdAt: true,
      startedAt: true,
      endedAt: true,
      initiator: person,
      participant: person,
      auditLogs: { select: { id: true, eventType: true, userId: true, message: true, createdAt: true }, orderBy: { id: "asc" } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    initiator: row.initiator,
    participant: row.participant,
    status: row.status,
    video_provider: row.videoProvider,
    created_at: row.createdAt.toISOString(),
    started_at: iso(row.startedAt),
    ended_at: iso(row.endedAt),
    audit_entries: row.auditLogs.map((entry) => ({ id: entry.id, event_type: entry.eventType, user_id: entry.userId, message: entry.message, created_at: entry.createdAt.toISOString() })),
  }));
}

/** The export as chunks of one JSON object. */
export async function* exportAccount({ db, userId }: { db: Db; userId: number }): AsyncGenerator<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, createdAt: true } });
  const head = {
    exported_at: new Date().toISOString(),
    user: { id: user.id, email: user.email, name: user.name, role: user.role, created_at: user.createdAt.toISOString() },
    preferences: await getPreferences({ db, userId }),
  };
  yield JSON.stringify(head).slice(0, -1);
  const sections: [string, AsyncGenerator<unknown[]>][] = [
    ["friends", once(friendsOf(db, userId))],
    ["friend_requests", once(requestsOf(db, userId))],
    ["sessions", once(sessionsOf(db, userId))],
    ["messages", ownMessages(db, userId)],
  ];
  for (const [name, pages] of sections) {
    yield `,\n${JSON.stringify(name)}:`;
    yield* jsonArray(pages);
  }
  yield "}\n";
}
