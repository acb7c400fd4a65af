// Database errors the domain expects. PostgreSQL through adapter-pg reports a unique
// violation as Prisma's P2002; pglite-prisma-adapter passes through the raw SQLSTATE.
import { Prisma } from "@/lib/generated/prisma/client";

function sqlState(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown; originalCode?: unknown } } | null)?.cause;
  const code = cause?.originalCode ?? cause?.code;
  return typeof code === "string" ? code : undefined;
}

/** True when a unique index (or a partial unique index) refused the write. */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  return sqlState(error) === "23505";
}
