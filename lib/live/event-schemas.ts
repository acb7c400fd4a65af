// The event stream's events (README, Live updates), one zod schema each: the writer
// (lib/live/event-for-change.ts) is typed by them and the OpenAPI document describes them
// (`liveEvent`). Ids only, never content. The names and fields are lib/live/event-names.ts's
// list, which the browser reads without zod.
import { z } from "@/lib/zod";
import { liveCountsResponse } from "@/lib/live/schemas";
import { LIVE_EVENT_NAMES, type LiveEventName } from "@/lib/live/event-names";

const id = (description: string) => z.number().int().positive().meta({ description });

export const liveEventSchemas = {
  "session.updated": z
    .object({ session_id: id("The session that changed: refetch GET /sessions/{id}.") })
    .meta({ id: "SessionUpdatedEvent", description: "A session of yours changed (created, started, someone ready, ended, cancelled)." }),
  "session.reminder": z
    .object({ session_id: id("The scheduled session about to start: refetch GET /sessions/{id} for the friend's name and time.") })
    .meta({
      id: "SessionReminderEvent",
      description:
        "An accepted scheduled session of yours starts in 10 minutes: show \"Your session with Bob starts in 10 minutes\" with Open waiting room. Sent once per session and time (again after a reschedule), whatever the number of instances; a `session.updated` for the same session comes with it.",
    }),
  "message.created": z
    .object({ friend_id: id("The friend whose conversation it is."), message_id: id("The new message.") })
    .meta({ id: "MessageCreatedEvent", description: "A message in your conversation with `friend_id`, yours included (another tab)." }),
  "friend_request.updated": z
    .object({ request_id: id("The request: refetch GET /friends/requests.") })
    .meta({ id: "FriendRequestUpdatedEvent", description: "A friend request to or from you was sent, accepted, declined or withdrawn." }),
  "friendship.updated": z
    .object({ user_id: id("The other person: refetch GET /friends.") })
    .meta({ id: "FriendshipUpdatedEvent", description: "You became friends with someone, or were unfriended." }),
  presence: z
    .object({ user_id: id("The friend: refetch GET /friends."), online: z.boolean().meta({ description: "Whether they are online now (always false while they hide their presence)." }) })
    .meta({ id: "PresenceEvent", description: "A friend came online or went offline (10 s after their last stream closed), or hid their presence." }),
  counts: liveCountsResponse,
  resync: z.object({}).meta({ id: "ResyncEvent", description: "Events may have been missed (the server lost its change feed for a while): refetch everything shown." }),
} satisfies Record<LiveEventName, z.ZodType>;

/** One event as the stream sends it: its name (the SSE `event:` line) and its data. */
export type LiveEvent = { [N in LiveEventName]: { name: N; data: z.infer<(typeof liveEventSchemas)[N]> } }[LiveEventName];

/** Checks an event against its schema; null when the name is unknown or the data does not fit. */
export function parseLiveEvent(name: string, data: unknown): LiveEvent | null {
  if (!Object.hasOwn(liveEventSchemas, name)) return null;
  const parsed = liveEventSchemas[name as LiveEventName].safeParse(data);
  return parsed.success ? ({ name, data: parsed.data } as LiveEvent) : null;
}

const frame = <N extends LiveEventName>(name: N) => z.object({ event: z.literal(name), data: liveEventSchemas[name] });

/** The stream's frames for the API reference, one per event. */
export const liveEvent = z
  .discriminatedUnion(
    "event",
    LIVE_EVENT_NAMES.map((name) => frame(name)) as unknown as [ReturnType<typeof frame>, ...ReturnType<typeof frame>[]],
  )
  .meta({
    id: "LiveEvent",
    description: "One Server-Sent Events frame: `event: <event>` then `data: <data as JSON>`. Comment lines (`: heartbeat`) keep the connection open.",
  });
