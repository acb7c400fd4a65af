import { z } from "@/lib/zod";
import { cursorParam } from "@/lib/record-id";

const positiveId = z.number({ error: (issue) => (issue.input === undefined ? "Required" : "Expected a positive integer") }).int("Expected a positive integer").positive("Expected a positive integer").max(2_147_483_647, "Expected a positive integer");

export const createSessionBody = z.object({ participant_id: positiveId }).strict();

/** Endpoints that take no body accept an empty one or `{}`. */
export const emptyBody = z.object({}).strict();

export const validateJoinTokenBody = z.object({ token: z.string().min(1, "Required").max(200, "At most 200 characters") }).strict();

import { sessionStatusValues } from "@/lib/sessions/rules";
export { sessionStatusValues } from "@/lib/sessions/rules";

export const listSessionsQuery = z
  .object({
    status: z.enum(sessionStatusValues, { error: "Expected one of pending, active, completed, cancelled" }).optional(),
    limit: z
      .string()
      .regex(/^\d+$/, "Expected an integer from 1 to 100")
      .transform(Number)
      .pipe(z.number().int().min(1, "Expected an integer from 1 to 100").max(100, "Expected an integer from 1 to 100"))
      .optional(),
    cursor: cursorParam.optional(),
  })
  .strict();

export type ListSessionsQuery = z.infer<typeof listSessionsQuery>;
