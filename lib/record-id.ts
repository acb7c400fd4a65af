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

/** A `?cursor=` query parameter: the last id of the previous page. */
export const cursorParam = z
  .string()
  .refine((raw) => recordId(raw) !== null, "Invalid cursor")
  .transform(Number);
