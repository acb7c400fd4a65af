// The statements of lib/sessions that write through raw SQL (data-modifying CTEs) meet the
// partial unique index (one open session per pair) too; Prisma reports that differently.
import { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/errors";

/**
 * A raw query's unique violation: Prisma reports it as P2010, with the driver adapter's
 * error (the SQLSTATE, or adapter-pg's kind) in `meta`.
 */
export function isRawUniqueViolation(error: unknown): boolean {
  if (isUniqueViolation(error)) return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2010") return false;
  const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown; kind?: unknown } } } | undefined;
  const cause = meta?.driverAdapterError?.cause;
  return meta?.code === "23505" || cause?.code === "23505" || cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation";
}
