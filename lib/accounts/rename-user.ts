// PATCH /users/me: a new display name. The users trigger of the change feed announces it
// (prisma/migrations/20261127093000_change_feed: AFTER UPDATE OF name), so every cache
// holding it is dropped and friends see the new name at once.
import type { Db } from "@/lib/db";
import { userSelect, type UserRow } from "@/lib/accounts/dto";

export async function renameUser({ db, userId, name }: { db: Db; userId: number; name: string }): Promise<UserRow> {
  return db.user.update({ where: { id: userId }, data: { name }, select: userSelect });
}
