import { z } from "@/lib/zod";
import { MAIL_CATEGORIES } from "@/lib/mail/categories";

export const unsubscribeQuery = z.object({
  token: z.string().min(1).max(2048).meta({ description: "The signed token from the email's `List-Unsubscribe` link (it names the account and the category)." }),
});

/** RFC 8058: the one-click POST's form body. */
export const unsubscribeBody = z
  .object({ "List-Unsubscribe": z.literal("One-Click") })
  .meta({ id: "OneClickUnsubscribe", description: "RFC 8058's one-click body: `List-Unsubscribe=One-Click`." });

export const unsubscribeResponse = z
  .object({
    category: z.enum(MAIL_CATEGORIES).meta({ description: "The preference that is now off." }),
    enabled: z.literal(false),
  })
  .meta({ id: "Unsubscribed" });

export type UnsubscribeResponse = z.infer<typeof unsubscribeResponse>;
