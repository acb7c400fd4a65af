import type { Db } from "@/lib/db";

/** Whether the user's calendar feed is on (its address cannot be shown again: only its hash is kept). */
export async function hasCalendarFeed({ db, userId }: { db: Db; userId: number }): Promise<boolean> {
  return (await db.calendarFeed.count({ where: { userId } })) > 0;
}
