// The per-user limit on open event streams (README, Abuse limits), held in the database so it
// counts streams on every instance. Each open stream holds a lease row; the instance
// renews its leases with every heartbeat and deletes a lease when its stream closes. A
// lease whose instance died is not renewed and stops counting once it expires.
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";

/** This instance's acquisitions in progress, by user (see acquireStreamLease). */
const acquiring = new Map<number, Promise<unknown>>();

/**
 * Takes a lease for one more open stream, or throws 429 when the user holds the limit.
 * One user's acquisitions on this instance run one after another: ten tabs reconnecting
 * at once would otherwise take ten pool connections, nine of them only to wait on the
 * user's row lock, and a crowd reconnecting after a restart would starve the pool.
 */
export async function acquireStreamLease(options: { db: Db; userId: number; limit: number; leaseSeconds: number }): Promise<string> {
  const previous = acquiring.get(options.userId) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(() => acquire(options));
  acquiring.set(options.userId, current);
  try {
    return await current;
  } finally {
    if (acquiring.get(options.userId) === current) acquiring.delete(options.userId);
  }
}

async function acquire({ db, userId, limit, leaseSeconds }: { db: Db; userId: number; limit: number; leaseSeconds: number }): Promise<string> {
  const id = crypto.randomUUID();
  // One statement, atomic per user (the function locks the user's row first): migration
  // 20261127130000_acquire_stream_lease.
  const [row] = await db.$queryRaw<{ wait: number }[]>`SELECT pairline_acquire_stream_lease(${id}, ${userId}, ${limit}, ${leaseSeconds}) AS wait`;
  const retryAfterSeconds = Number(row!.wait);
  if (retryAfterSeconds > 0) {
    throw new AppError("rate_limited", messages.tooManyStreams(limit, retryAfterSeconds), { retryAfterSeconds });
  }
  return id;
}

export async function renewStreamLeases({ db, ids, leaseSeconds }: { db: Db; ids: string[]; leaseSeconds: number }): Promise<void> {
  if (ids.length === 0) return;
  await db.eventStreamLease.updateMany({ where: { id: { in: ids } }, data: { expiresAt: new Date(Date.now() + leaseSeconds * 1000) } });
}

/**
 * Gives leases back; their users were seen now, and are announced offline once
 * `graceSeconds` pass without a new stream (README, Presence; pairline_release_stream_leases).
 */
export async function releaseStreamLeases({ db, ids, graceSeconds }: { db: Db; ids: string[]; graceSeconds: number }): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`SELECT pairline_release_stream_leases(${ids}::text[], ${graceSeconds}::int)`;
}
