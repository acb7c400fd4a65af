// One conversation per pair of users, created on first use.
import type { Db, Tx } from "@/lib/db";
import { orderedPair } from "@/lib/friends/pair";

export async function getOrCreateConversation(db: Db | Tx, a: number, b: number): Promise<{ id: number }> {
  const pair = orderedPair(a, b);
  return db.conversation.upsert({ where: { userLowId_userHighId: pair }, update: {}, create: pair, select: { id: true } });
}
