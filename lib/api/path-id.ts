// Path ids: positive 32-bit integers (lib/record-id.ts). Documented as integers; a
// segment that cannot be one names no record, so it is a 404, never a 400.
import { z } from "@/lib/zod";
import { MAX_RECORD_ID } from "@/lib/record-id";
import type { PathId } from "@/lib/api/operation";

export function pathId(what: string, description: string): PathId {
  return {
    what,
    schema: z
      .number()
      .int()
      .min(1)
      .max(MAX_RECORD_ID)
      .meta({ description: `${description} Anything but a positive integer is a 404 "No such ${what}."`, examples: [7] }),
  };
}

export const sessionIdParam = { id: pathId("session", "The session's id.") };
