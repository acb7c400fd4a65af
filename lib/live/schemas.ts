// Response schemas of the live-update endpoints (GET /users/me/counts; the event stream's
// `counts` event carries the same object). Types only for client components.
import { z } from "@/lib/zod";

export const liveCountsResponse = z
  .object({
    incoming_requests: z.number().int().min(0).meta({ description: "Pending friend requests to you." }),
    unread_chats: z.number().int().min(0).meta({ description: "Friends whose conversation has messages after your read marker." }),
    unread_messages: z.number().int().min(0).meta({ description: "Messages (and session cards) from friends after your read markers, across all chats: what the header and the tab title count." }),
    waiting_sessions: z.number().int().min(0).meta({ description: "Open sessions waiting for you: the other person is ready or has started it, and you are not ready." }),
  })
  .meta({ id: "LiveCounts" });

export type LiveCountsResponse = z.infer<typeof liveCountsResponse>;
