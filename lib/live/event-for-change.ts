// What a change-feed entry means on one user's stream: ids only, typed by the event schemas
// of lib/live/event-schemas.ts. Pure.
import type { Change } from "@/lib/changes/types";
import type { LiveEvent } from "@/lib/live/event-schemas";

export type { LiveEventName } from "@/lib/live/event-names";

/** The events a change can mean; `counts` and `resync` come from the hub itself. */
type ChangeEvent = Extract<LiveEvent, { name: "session.updated" | "session.reminder" | "message.created" | "friend_request.updated" | "friendship.updated" }>;

function otherUser(users: number[], userId: number): number | undefined {
  return users.find((id) => id !== userId);
}

/** The event a change means for one of its users, or null if it has none (e.g. a user's own row). */
export function eventFor(change: Change, userId: number): ChangeEvent | null {
  switch (change.kind) {
    case "session":
      return { name: "session.updated", data: { session_id: Number(change.id) } };
    case "session_reminder":
      return { name: "session.reminder", data: { session_id: Number(change.id) } };
    case "message": {
      const friendId = otherUser(change.users, userId);
      return friendId === undefined ? null : { name: "message.created", data: { friend_id: friendId, message_id: Number(change.id) } };
    }
    case "friend_request":
      return { name: "friend_request.updated", data: { request_id: Number(change.id) } };
    case "friendship": {
      const friendId = otherUser(change.users, userId);
      return friendId === undefined ? null : { name: "friendship.updated", data: { user_id: friendId } };
    }
    default:
      return null;
  }
}
