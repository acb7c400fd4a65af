import { z } from "@/lib/zod";

const positiveId = z
  .number({ error: (issue) => (issue.input === undefined ? "Required" : "Expected a positive integer") })
  .int("Expected a positive integer")
  .positive("Expected a positive integer")
  .max(2_147_483_647, "Expected a positive integer");

export const sendFriendRequestBody = z.object({ user_id: positiveId }).strict();

/** Accept and decline take no body: an empty one or `{}`. */
export const noBody = z.object({}).strict();

export type SendFriendRequestBody = z.infer<typeof sendFriendRequestBody>;
