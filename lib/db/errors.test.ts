// The shapes an unreachable database really takes, reproduced with the real adapters
// (@prisma/adapter-pg 6.19, pglite-prisma-adapter 0.6) through the real Prisma client.
// The server closing connections under a query ("terminating connection", 57P01) needs a
// real PostgreSQL: tests/pg/outage.test.ts.
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { isDatabaseUnavailable, isUniqueViolation } from "@/lib/db/errors";

const servers: net.Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

/** A TCP server that does `onConnection` with every socket instead of speaking PostgreSQL. */
async function fakeServer(onConnection: (socket: net.Socket) => void): Promise<string> {
  const server = net.createServer(onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `postgresql://nobody@127.0.0.1:${(server.address() as AddressInfo).port}/none`;
}

function pgClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 500 }), errorFormat: "minimal" });
}

/** Every way the app reaches the database: a raw query, a model query, a transaction. */
async function failuresOf(prisma: PrismaClient): Promise<unknown[]> {
  const attempts = [
    () => prisma.$queryRaw`SELECT 1`,
    () => prisma.user.findFirst(),
    () => prisma.$transaction(async (tx) => tx.user.findFirst()),
  ];
  const errors: unknown[] = [];
  for (const attempt of attempts) {
    const outcome = await attempt().then(
      () => new Error("the query unexpectedly succeeded"),
      (error: unknown) => error,
    );
    errors.push(outcome);
  }
  await prisma.$disconnect().catch(() => undefined);
  return errors;
}

describe("isDatabaseUnavailable", () => {
  test("PostgreSQL refusing connections (P1001, and P2010 for raw queries)", async () => {
    const errors = await failuresOf(pgClient("postgresql://nobody@127.0.0.1:1/none"));
    expect(errors.map((error) => (error as { code?: string }).code)).toEqual(["P2010", "P1001", "P1001"]);
    for (const error of errors) expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test("a server that accepts but never answers (the pool's connection timeout)", async () => {
    const errors = await failuresOf(pgClient(await fakeServer(() => undefined)));
    for (const error of errors) {
      expect((error as Error).message).toBe("Connection terminated due to connection timeout");
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  });

  test("a server that drops the connection at once", async () => {
    const errors = await failuresOf(pgClient(await fakeServer((socket) => socket.destroy())));
    for (const error of errors) {
      expect((error as Error).message).toBe("Connection terminated unexpectedly");
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  });

  test("the embedded database after it was closed", async () => {
    const db = new PGlite();
    await db.waitReady;
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) as unknown as PrismaPg, errorFormat: "minimal" });
    const syntaxError = await prisma.$queryRawUnsafe("SELEC 1").catch((error: unknown) => error);
    // A query the database refused is a bug, not an outage.
    expect(isDatabaseUnavailable(syntaxError)).toBe(false);
    await db.close();
    for (const error of await failuresOf(prisma)) {
      expect((error as Error).message).toBe("PGlite is closed");
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  }, 60_000);

  test("no pool connection free in time to start a transaction (P2028): answer 503, not 500", () => {
    // Prisma's own error class, as its transaction manager throws it when maxWait passes.
    const error = new Prisma.PrismaClientKnownRequestError("Transaction API error: Unable to start a transaction in the given time.", { code: "P2028", clientVersion: "6.19.3" });
    expect(isDatabaseUnavailable(error)).toBe(true);
    const otherTransactionError = new Prisma.PrismaClientKnownRequestError("Transaction already closed", { code: "P2000", clientVersion: "6.19.3" });
    expect(isDatabaseUnavailable(otherTransactionError)).toBe(false);
  });

  test("other errors are not outages", () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(new AppError("invalid_state", "no"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    const unique = { name: "PrismaClientKnownRequestError", code: "P2002", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } };
    expect(isDatabaseUnavailable(unique)).toBe(false);
    expect(isUniqueViolation({ cause: { code: "23505" } })).toBe(true);
  });
});

describe("isUniqueViolation", () => {
  // The shape a unique violation takes from a raw query (a data-modifying CTE), with the
  // real PGlite adapter; the API tests cover adapter-pg (a parallel create on PostgreSQL answers 409).
  test("a data-modifying CTE refused by a unique index is recognised; another error is not", async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(new PGlite()) as unknown as PrismaPg });
    try {
      await prisma.$executeRawUnsafe("CREATE TABLE pairs (id int PRIMARY KEY)");
      await prisma.$queryRaw`INSERT INTO pairs VALUES (1) RETURNING id`;
      const duplicate = await prisma.$queryRaw`WITH added AS (INSERT INTO pairs VALUES (1) RETURNING id) SELECT id FROM added`.catch((error: unknown) => error);
      expect(duplicate).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
      expect((duplicate as Prisma.PrismaClientKnownRequestError).code).toBe("P2010");
      expect(isUniqueViolation(duplicate)).toBe(true);
      const notNull = await prisma.$queryRaw`WITH added AS (INSERT INTO pairs VALUES (NULL) RETURNING id) SELECT id FROM added`.catch((error: unknown) => error);
      expect(notNull).toBeInstanceOf(Error);
      expect(isUniqueViolation(notNull)).toBe(false);
    } finally {
      await prisma.$disconnect();
    }
  });
});
