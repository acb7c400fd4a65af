// Failed sign-ins, limited per (account, address), per account and per address
// (README, Abuse limits). Each attempt reserves a failure slot in all three *before* the
// password is checked, in one atomic statement per limit, so parallel attempts cannot
// all pass the check while argon2 runs; a right password gives the slots back. The
// per-account limit is the highest of the account limits, so an attacker at one address
// runs into the (account, address) limit long before the owner is locked out elsewhere.
import type { Db, Tx } from "@/lib/db";
import { likeLiteral } from "@/lib/db/like";
import { limits } from "@/lib/rate-limit/limits";
import { consume, rateLimited, release, resetLimit, type Limit, type Slot } from "@/lib/rate-limit/limiter";

/** The failure slots held by one sign-in attempt. */
type LoginReservation = { email: string; address: string | null; slots: Slot[] };

function subjects(email: string, address: string | null): [Limit, string][] {
  const all = limits();
  if (!address) return [[all.signInAccount, email]];
  return [
    [all.signInAccountAddress, `${email}|${address}`],
    [all.signInAccount, email],
    [all.signInAddress, address],
  ];
}

/**
 * Counts the attempt as a failure up front, or throws 429 `rate_limited` when any of the
 * limits is used up. A refused attempt counts against none of them.
 */
export async function assertLoginAllowed(db: Db, email: string, address: string | null): Promise<LoginReservation> {
  const slots: Slot[] = [];
  for (const [limit, subject] of subjects(email, address)) {
    const attempt = await consume(db, limit, subject);
    if (!attempt.admitted) {
      await Promise.all(slots.map((slot) => release(db, slot)));
      throw rateLimited(limit, attempt.retryAfterSeconds);
    }
    slots.push(attempt.slot);
  }
  return { email, address, slots };
}

/**
 * The password was right: the attempt was no failure after all, and the account's
 * failures from this address are forgotten. (A wrong password needs no call: the
 * reservation already counted it.)
 */
export async function recordLoginSuccess(db: Db, reservation: LoginReservation): Promise<void> {
  await Promise.all(reservation.slots.map((slot) => release(db, slot)));
  if (reservation.address) await resetLimit(db, limits().signInAccountAddress, `${reservation.email}|${reservation.address}`);
}

/**
 * Forgets every failed sign-in counted against the account, from all addresses: a
 * password reset proves the owner, so it lifts the lock-out (the per-address limit,
 * which is not the account's, stays).
 */
export async function clearLoginFailures(tx: Tx, email: string): Promise<void> {
  const all = limits();
  await tx.$executeRaw`
    DELETE FROM rate_limit_counters
    WHERE key = ${`${all.signInAccount.name}:${email}`}::text
       OR key LIKE ${`${likeLiteral(`${all.signInAccountAddress.name}:${email}|`)}%`}::text`;
}
