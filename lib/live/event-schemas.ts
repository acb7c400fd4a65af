// The events of GET /api/v1/events (README, Live updates): each one's name and data, ids
// only. One schema per event, each with the literal `event` name, so they combine into
// a discriminated union; the API reference documents the stream from these.
import { z } from "@/lib/zod";
import { liveCountsResponse } from "@/lib/live/schemas";

const id = (description: string) => z.number().int().min(1).meta({ description });

export const sessionUpdatedEvent = z
  .object({ event: z.literal("session.updated"), data: z.object({ session_id: id("The session that changed: refetch GET /sessions/{id}.") }).strict() })
  .meta({ id: "SessionUpdatedEvent", description: "A session of yours changed (created, started, someone ready, ended, cancelled)." });

export const messageCreatedEvent = z
  .object({
    event: z.literal("message.created"),
    data: z.object({ friend_id: id("The friend whose conversation it is."), message_id: id("The new message.") }).strict(),
  })
  .meta({ id: "MessageCreatedEvent", description: "A message in a conversation of yours, yours included (another tab)." });

export const friendRequestUpdatedEvent = z
  .object({ event: z.literal("friend_request.updated"), data: z.object({ request_id: id("The request: refetch GET /friends/requests.") }).strict() })
  .meta({ id: "FriendRequestUpdatedEvent", description: "A friend request to or from you was sent, accepted, declined or withdrawn." });

export const friendshipUpdatedEvent = z
  .object({ event: z.literal("friendship.updated"), data: z.object({ user_id: id("The other person: refetch GET /friends.") }).strict() })
  .meta({ id: "FriendshipUpdatedEvent", description: "You became friends with someone, or were unfriended." });

export const countsEvent = z
  .object({ event: z.literal("counts"), data: liveCountsResponse })
  .meta({ id: "CountsEvent", description: "The header's counts (as GET /users/me/counts answers), sent first and whenever one of them changes." });

export const resyncEvent = z
  .object({ event: z.literal("resync"), data: z.object({}).strict() })
  .meta({ id: "ResyncEvent", description: "Events may have been missed (the server lost its change feed for a while): refetch everything shown." });

export const liveEvent = z
  .discriminatedUnion("event", [sessionUpdatedEvent, messageCreatedEvent, friendRequestUpdatedEvent, friendshipUpdatedEvent, countsEvent, resyncEvent])
  .meta({
    id: "LiveEvent",
    description: "One Server-Sent Events frame: `event: <event>` then `data: <data as JSON>`. Comment lines (`: heartbeat`) keep the connection open.",
  });

export type LiveEvent = z.infer<typeof liveEvent>;
