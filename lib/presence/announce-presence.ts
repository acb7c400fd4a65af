// Tells every instance's event hub that a user's presence may have changed (the change
// feed, kind "presence"): each hub sends `presence` to that user's friends it holds
// streams for, as presence-audience.ts reads it then. Inside a transaction it is sent on commit.
import type { Db, Tx } from "@/lib/db";

export async function announcePresence({ db, userId }: { db: Db | Tx; userId: number }): Promise<void> {
  await db.$executeRaw`SELECT pairline_announce('presence', to_json(${userId}::int), ARRAY[${userId}::int])`;
}
