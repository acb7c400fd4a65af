// Announces every user whose grace period has run out while offline, and treats leases
// left behind by a crashed instance as streams closed when they expired (pairline_sweep_presence, migration
// 20261206012036_presence: each row is claimed by one instance). Returns who went offline.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";

export async function sweepPresence({ db }: { db: Db }): Promise<number[]> {
  const rows = await db.$queryRaw<{ user_id: number }[]>`SELECT pairline_sweep_presence(${env().PRESENCE_GRACE_SECONDS}::int) AS user_id`;
  return rows.map((row) => row.user_id);
}
