// Failed sign-ins are counted per account and per client address in the database, so
// the limit holds across several app instances.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

function keys(email: string, address: string | null): { key: string; max: number }[] {
  const config = env();
  const list = [{ key: `account:${email}`, max: config.LOGIN_MAX_FAILURES_PER_ACCOUNT }];
  if (address) list.push({ key: `address:${address}`, max: config.LOGIN_MAX_FAILURES_PER_ADDRESS });
  return list;
}

/** Throws 429 `rate_limited` with a retry time when either limit is used up. */
export async function assertLoginAllowed(db: Db, email: string, address: string | null): Promise<void> {
  const windowMs = env().LOGIN_WINDOW_SECONDS * 1000;
  const since = new Date(Date.now() - windowMs);
  for (const { key, max } of keys(email, address)) {
    const recent = await db.failedLogin.findMany({
      where: { key, createdAt: { gt: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: max,
    });
    if (recent.length >= max) {
      const oldestCounted = recent[recent.length - 1]!.createdAt.getTime();
      const retryAfterSeconds = Math.ceil((oldestCounted + windowMs - Date.now()) / 1000);
      throw new AppError("rate_limited", "Too many failed sign-in attempts. Try again later.", {
        retryAfterSeconds,
      });
    }
  }
}

export async function recordLoginFailure(db: Db, email: string, address: string | null): Promise<void> {
  await db.failedLogin.createMany({ data: keys(email, address).map(({ key }) => ({ key })) });
  // Old rows only ever matter inside the window; trim them as we go.
  const cutoff = new Date(Date.now() - env().LOGIN_WINDOW_SECONDS * 1000);
  await db.failedLogin.deleteMany({ where: { createdAt: { lt: cutoff } } });
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  await db.failedLogin.deleteMany({ where: { key: `account:${email}` } });
}
