import { z } from "@/lib/zod";
import { MessageKind } from "@/lib/generated/prisma/enums";
import { recordIdValue, timestamp } from "@/lib/api/schemas";
import { queryInteger } from "@/lib/record-id";
import { personResponse, userRefResponse } from "@/lib/accounts/schemas";

const MAX_MESSAGE_LENGTH = 2000;
/** Messages returned by one GET of a conversation. */
export const MESSAGE_PAGE_SIZE = 100;

export const postMessageBody = z
  .object({
    text: z
      .string({ error: (issue) => (issue.input === undefined ? "Required" : "Expected a string") })
      .trim()
      .min(1, "Must not be empty")
      .max(MAX_MESSAGE_LENGTH, `At most ${MAX_MESSAGE_LENGTH} characters`)
      .meta({ description: `1 to ${MAX_MESSAGE_LENGTH} characters after trimming: a message of only whitespace is refused ("Must not be empty").` }),
  })
  .strict();

const messageIdParam = z
  .string()
  .regex(/^\d{1,10}$/, "Expected a message id")
  .transform(Number)
  .pipe(z.number().max(2_147_483_647, "Expected a message id"))
  .meta(queryInteger({ minimum: 0, maximum: 2_147_483_647, description: "A message id. `after` and `before` together are refused (400)." }));

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

// Responses.

export const messageResponse = z
  .object({
    id: recordIdValue,
    sender: userRefResponse.nullable(),
    kind: z.enum(MessageKind),
    text: z.string(),
    session_id: recordIdValue.nullable().meta({ description: "For `session_link`: the session the card opens." }),
    created_at: timestamp,
  })
  .meta({ id: "Message" });

export const messageListResponse = z.array(messageResponse).meta({ description: "Oldest first, at most 100 (with `before`: the 100 just before that message)." });

const chatResponse = z
  .object({
    friend: personResponse,
    last_message: messageResponse.nullable(),
    unread_count: z.number().int().min(0).meta({ description: "Messages from the friend after the caller's read marker." }),
  })
  .meta({ id: "Chat" });

export const chatListResponse = z.array(chatResponse).meta({ description: "One entry per friend, most recent conversation first." });

export type MessageResponse = z.infer<typeof messageResponse>;
export type ChatResponse = z.infer<typeof chatResponse>;
