import { z } from "@/lib/zod";

export const MAX_MESSAGE_LENGTH = 2000;
/** Messages returned by one GET of a conversation. */
export const MESSAGE_PAGE_SIZE = 100;

export const postMessageBody = z
  .object({
    text: z
      .string({ error: (issue) => (issue.input === undefined ? "Required" : "Expected a string") })
      .trim()
      .min(1, "Must not be empty")
      .max(MAX_MESSAGE_LENGTH, `At most ${MAX_MESSAGE_LENGTH} characters`),
  })
  .strict();

const messageIdParam = z
  .string()
  .regex(/^\d{1,10}$/, "Expected a message id")
  .transform(Number)
  .pipe(z.number().max(2_147_483_647, "Expected a message id"));

export const listMessagesQuery = z
  .object({ after: messageIdParam.optional(), before: messageIdParam.optional() })
  .strict()
  .refine((query) => query.after === undefined || query.before === undefined, {
    message: "Use either after or before, not both",
    path: ["before"],
  });

export const markReadBody = z
  .object({
    message_id: z.number({ error: (issue) => (issue.input === undefined ? "Required" : "Expected a message id") }).int("Expected a message id").min(1, "Expected a message id").max(2_147_483_647, "Expected a message id"),
  })
  .strict();

export type PostMessageBody = z.infer<typeof postMessageBody>;
