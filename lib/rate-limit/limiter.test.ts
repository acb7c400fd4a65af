// The limiter against a real (embedded) database with every migration applied: the SQL
// is the product here, so it is not mocked.
import { describe, expect, it } from "vitest";
import { migratedPglitePrisma } from "@/tests/support/migrated-pglite";
import { AppError } from "@/lib/errors";
import { assertWithinLimit, consume, deleteExpiredCounters, release, resetLimit, withinLimit, type Limit } from "@/lib/rate-limit/limiter";
import { activeHold, holdFor } from "@/lib/rate-limit/hold";

const db = migratedPglitePrisma("limiter");
let counter = 0;

/** A limit of its own for each test, so tests share no counters. */
function limit(max: number, windowSeconds = 60): Limit {
  counter += 1;
  return { name: `test-${counter}`, max, windowSeconds, refusal: "Too many tests." };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("consume", () => {
  it("admits exactly `max` attempts per window, then refuses with the time left", async () => {
    const rule = limit(3, 60);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consume(db(), rule, "s"));
    expect(results.map((result) => result.admitted)).toEqual([true, true, true, false, false]);
    const refused = results[4]!;
    expect(refused.admitted === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(refused.admitted === false && refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("counts each subject separately", async () => {
    const rule = limit(1);
    expect((await consume(db(), rule, "a")).admitted).toBe(true);
    expect((await consume(db(), rule, "b")).admitted).toBe(true);
    expect((await consume(db(), rule, "a")).admitted).toBe(false);
  });

  it("opens a new window once the old one is over; refused attempts did not carry over", async () => {
    const rule = limit(2, 1);
    await consume(db(), rule, "s");
    await consume(db(), rule, "s");
    for (let i = 0; i < 5; i++) expect((await consume(db(), rule, "s")).admitted).toBe(false);
    await sleep(1_100);
    expect((await consume(db(), rule, "s")).admitted).toBe(true);
    expect((await consume(db(), rule, "s")).admitted).toBe(true);
    expect((await consume(db(), rule, "s")).admitted).toBe(false);
  });

  it("admits exactly `max` of many attempts sent at once", async () => {
    const rule = limit(7);
    const results = await Promise.all(Array.from({ length: 20 }, () => consume(db(), rule, "s")));
    expect(results.filter((result) => result.admitted)).toHaveLength(7);
  });
});

describe("release and reset", () => {
  it("a released attempt frees its slot", async () => {
    const rule = limit(2);
    const first = await consume(db(), rule, "s");
    await consume(db(), rule, "s");
    expect((await consume(db(), rule, "s")).admitted).toBe(false);
    if (!first.admitted) throw new Error("first attempt refused");
    await release(db(), first.slot);
    expect((await consume(db(), rule, "s")).admitted).toBe(true);
    expect((await consume(db(), rule, "s")).admitted).toBe(false);
  });

  it("releasing a slot from a window that is over leaves the new window alone", async () => {
    const rule = limit(1, 1);
    const old = await consume(db(), rule, "s");
    await sleep(1_100);
    expect((await consume(db(), rule, "s")).admitted).toBe(true);
    if (!old.admitted) throw new Error("first attempt refused");
    await release(db(), old.slot);
    expect((await consume(db(), rule, "s")).admitted).toBe(false);
  });

  it("resetLimit forgets the subject's count", async () => {
    const rule = limit(1);
    await consume(db(), rule, "s");
    await resetLimit(db(), rule, "s");
    expect((await consume(db(), rule, "s")).admitted).toBe(true);
  });
});

describe("assertWithinLimit and withinLimit", () => {
  it("throws 429 rate_limited with Retry-After and a message that says when", async () => {
    const rule = limit(1, 600);
    await assertWithinLimit(db(), rule, "s");
    const error = await assertWithinLimit(db(), rule, "s").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "rate_limited", status: 429, message: "Too many tests. Try again in 10 minutes." });
    expect((error as AppError).extra.retryAfterSeconds).toBeGreaterThan(590);
  });

  it("gives the slot back when the work fails, and keeps it when the work succeeds", async () => {
    const rule = limit(1);
    await expect(withinLimit(db(), rule, "s", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await withinLimit(db(), rule, "s", async () => "done")).toBe("done");
    await expect(withinLimit(db(), rule, "s", async () => "again")).rejects.toMatchObject({ code: "rate_limited" });
  });
});

describe("holds and clean-up", () => {
  it("a hold lasts its time, a shorter hold does not cut a longer one, and it ends", async () => {
    expect(await activeHold(db(), "unit-provider")).toBeNull();
    await holdFor(db(), "unit-provider", 30);
    await holdFor(db(), "unit-provider", 1);
    const left = await activeHold(db(), "unit-provider");
    expect(left).toBeGreaterThanOrEqual(29);
    expect(left).toBeLessThanOrEqual(30);
    await holdFor(db(), "unit-short", 1);
    expect(await activeHold(db(), "unit-short")).toBe(1);
    await sleep(1_100);
    expect(await activeHold(db(), "unit-short")).toBeNull();
  });

  it("deletes rows whose window is over and keeps the others", async () => {
    const short = limit(1, 1);
    const long = limit(1, 600);
    await consume(db(), short, "s");
    await consume(db(), long, "s");
    await sleep(1_100);
    await deleteExpiredCounters(db());
    const keys = (await db().$queryRaw<{ key: string }[]>`SELECT key FROM rate_limit_counters`).map((row) => row.key);
    expect(keys).toContain(`${long.name}:s`);
    expect(keys).not.toContain(`${short.name}:s`);
  });
});
