// One conversation per pair of users, created on first use.
import type { Db, Tx } from "@/lib/db";
import { orderedPair } from "@/lib/friends/pair";

export async function getOrCreateConversation(db: Db | Tx, a: number, b: number): Promise<{ id: number }> {
  const pair = orderedPair(a, b);
  // Prisma's upsert here is a select then an insert, so two first messages at once
  // collided on the unique index. INSERT ... ON CONFLICT DO NOTHING waits for the other
  // insert and never raises, so it is also safe inside a caller's transaction.
  await db.conversation.createMany({ data: [pair], skipDuplicates: true });
  return db.conversation.findUniqueOrThrow({ where: { userLowId_userHighId: pair }, select: { id: true } });
}
