import { z } from "@/lib/zod";
import { recordIdValue, timestamp } from "@/lib/api/schemas";

export const inviteResponse = z
  .object({
    id: recordIdValue,
    url: z.string().meta({ description: "`{APP_URL}/invite/{code}`: whoever registers through it becomes your friend at once." }),
    expires_at: timestamp,
    created_at: timestamp,
    uses: z.number().int().min(0).meta({ description: "Sign-ups through the link so far." }),
    max_uses: z.number().int().positive(),
  })
  .meta({ id: "Invite" });

export const inviteListResponse = z.array(inviteResponse).meta({ description: "Your live links (not expired, revoked or used up), newest first." });

export type InviteResponse = z.infer<typeof inviteResponse>;
