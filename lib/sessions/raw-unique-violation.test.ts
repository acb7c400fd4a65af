// The shape a unique violation takes from a raw query, with the real PGlite adapter (the
// API tests cover adapter-pg: a parallel create on PostgreSQL answers 409).
import { afterAll, expect, test } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isRawUniqueViolation } from "@/lib/sessions/raw-unique-violation";

const prisma = new PrismaClient({ adapter: new PrismaPGlite(new PGlite()) as unknown as PrismaPg });
afterAll(() => prisma.$disconnect());

test("a data-modifying CTE refused by a unique index is recognised; another error is not", async () => {
  await prisma.$executeRawUnsafe("CREATE TABLE pairs (id int PRIMARY KEY)");
  await prisma.$queryRaw`INSERT INTO pairs VALUES (1) RETURNING id`;
  const duplicate = await prisma.$queryRaw`WITH added AS (INSERT INTO pairs VALUES (1) RETURNING id) SELECT id FROM added`.catch((error: unknown) => error);
  expect(isRawUniqueViolation(duplicate)).toBe(true);
  const notNull = await prisma.$queryRaw`WITH added AS (INSERT INTO pairs VALUES (NULL) RETURNING id) SELECT id FROM added`.catch((error: unknown) => error);
  expect(notNull).toBeInstanceOf(Error);
  expect(isRawUniqueViolation(notNull)).toBe(false);
});
