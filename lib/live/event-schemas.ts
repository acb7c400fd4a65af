// The event stream's events (README, Live updates), one zod schema each: the writer
// (lib/live/event-for-change.ts) is typed by them and the OpenAPI document describes them.
// Ids only, never content. The names and fields are lib/live/event-names.ts's list, which
// the browser reads without zod.
import { z } from "@/lib/zod";
import { liveCountsResponse } from "@/lib/live/schemas";
import type { LiveEventName } from "@/lib/live/event-names";

const id = z.number().int().positive();

export const liveEventSchemas = {
  "session.updated": z.object({ session_id: id }).meta({ id: "SessionUpdatedEvent", description: "A session of yours changed: refetch it." }),
  "message.created": z
    .object({ friend_id: id, message_id: id })
    .meta({ id: "MessageCreatedEvent", description: "A message in your conversation with `friend_id` (either side wrote it)." }),
  "friend_request.updated": z.object({ request_id: id }).meta({ id: "FriendRequestUpdatedEvent", description: "A friend request to or from you was sent, accepted, declined or withdrawn." }),
  "friendship.updated": z.object({ user_id: id }).meta({ id: "FriendshipUpdatedEvent", description: "You and `user_id` became friends or stopped being friends." }),
  counts: liveCountsResponse,
  resync: z.object({}).meta({ id: "ResyncEvent", description: "Events may have been missed: refetch everything." }),
} satisfies Record<LiveEventName, z.ZodType>;

/** One event as the stream sends it: its name (the SSE `event:` line) and its data. */
export type LiveEvent = { [N in LiveEventName]: { name: N; data: z.infer<(typeof liveEventSchemas)[N]> } }[LiveEventName];

/** Checks an event against its schema; null when the name is unknown or the data does not fit. */
export function parseLiveEvent(name: string, data: unknown): LiveEvent | null {
  if (!Object.hasOwn(liveEventSchemas, name)) return null;
  const parsed = liveEventSchemas[name as LiveEventName].safeParse(data);
  return parsed.success ? ({ name, data: parsed.data } as LiveEvent) : null;
}
