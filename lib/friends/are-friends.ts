import type { Db, Tx } from "@/lib/db";
import { orderedPair } from "@/lib/friends/pair";

export async function areFriends(db: Db | Tx, a: number, b: number): Promise<boolean> {
  if (a === b) return false;
  const row = await db.friendship.findUnique({ where: { userLowId_userHighId: orderedPair(a, b) }, select: { createdAt: true } });
  return row !== null;
}
