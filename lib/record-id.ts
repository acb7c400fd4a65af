// Record ids are positive 32-bit integers (PostgreSQL `integer`). Anything else in a path
// or cursor names no record; checking the range here keeps an oversized number from
// reaching the database as an error.
import { z } from "@/lib/zod";

export const MAX_RECORD_ID = 2_147_483_647;

/** The id in a path segment or cursor, or null when it cannot be one. */
export function recordId(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > MAX_RECORD_ID) return null;
  return Number(raw);
}

/**
 * For the API reference: a query parameter parsed from its digits is documented as the
 * integer it stands for (clients send numbers; the pattern is how the string is read).
 */
export function queryInteger(range: { minimum: number; maximum: number; description: string }) {
  return {
    override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
      delete jsonSchema.pattern;
      Object.assign(jsonSchema, { type: "integer" }, range);
    },
  };
}

/** A `?cursor=` query parameter: the last id of the previous page. */
export const cursorParam = z
  .string()
  .refine((raw) => recordId(raw) !== null, "Invalid cursor")
  .transform(Number)
  .meta(
    queryInteger({
      minimum: 1,
      maximum: MAX_RECORD_ID,
      description: "Where the page starts: take it from the `Link` header's `rel=\"next\"` URL of the previous page (the last id on that page). Absent: the first page.",
    }),
  );
