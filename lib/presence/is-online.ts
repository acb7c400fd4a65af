// Whether a user is online right now (README, Presence), whatever their show_presence:
// for decisions about them, e.g. emailing "session started" only to someone away (README, Email).
// Never show it to another person as is: friends see visiblePresence (presence-of.ts).
import type { Db } from "@/lib/db";
import { presenceOf } from "@/lib/presence/presence-of";

export async function isOnline({ db, userId }: { db: Db; userId: number }): Promise<boolean> {
  return (await presenceOf({ db, userIds: [userId] })).get(userId)?.online ?? false;
}
