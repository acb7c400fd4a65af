// The parts of 8x8 JaaS webhook deliveries we read (its "webhooks payload" page); the rest passes unread.
import { z } from "@/lib/zod";
import { WEBHOOK_OUTCOMES } from "@/lib/zoom-webhooks/schemas";

const optionalText = z.string().max(500).nullish();

export const jaasWebhookBody = z
  .looseObject({
    /** Two deliveries with the same key are one event. */
    idempotencyKey: z.string().min(1).max(200),
    eventType: z.string().min(1).max(100),
    /** "{app id}/{room}". */
    fqn: z.string().max(500).optional(),
    timestamp: z.number().optional(),
    data: z
      .looseObject({
        /** The JWT's context.user.id: our user id. */
        id: z.union([z.string().max(100), z.number()]).transform(String).nullish(),
        name: optionalText,
      })
      .optional(),
  })
  .meta({ id: "JaasWebhook" });

export const jaasWebhookResponse = z.object({ received: z.literal(true), outcome: z.enum(WEBHOOK_OUTCOMES) }).meta({ id: "JaasWebhookReceived" });

export type JaasWebhookBody = z.infer<typeof jaasWebhookBody>;
export type JaasWebhookResponse = z.infer<typeof jaasWebhookResponse>;
