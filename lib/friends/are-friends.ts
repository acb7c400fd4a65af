import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { orderedPair } from "@/lib/friends/pair";

export async function areFriends(db: Db | Tx, a: number, b: number): Promise<boolean> {
  if (a === b) return false;
  const row = await db.friendship.findUnique({ where: { userLowId_userHighId: orderedPair(a, b) }, select: { createdAt: true } });
  return row !== null;
}

/** The same rule as a SQL condition, for writes that check it inside their own statement (never oneself; an unknown id has no friendship row). */
export function areFriendsSql(a: number, b: number): Prisma.Sql {
  const { userLowId, userHighId } = orderedPair(a, b);
  return Prisma.sql`(${a}::int <> ${b}::int AND EXISTS (SELECT 1 FROM friendships WHERE user_low_id = ${userLowId}::int AND user_high_id = ${userHighId}::int))`;
}
