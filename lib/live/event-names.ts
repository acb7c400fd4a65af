// The events of the stream (README, Live updates) and the fields each carries (integers, but `online`): the
// one list. Free of zod, so the browser checks what it hears without loading zod (README,
// Page weight); lib/live/event-schemas.ts gives each event its zod schema for the writer and
// the OpenAPI document, and its test holds the two together.
import type { LiveEvent } from "@/lib/live/event-schemas";

export const LIVE_EVENT_FIELDS = {
  "session.updated": ["session_id"],
  "session.reminder": ["session_id"],
  "message.created": ["friend_id", "message_id"],
  "friend_request.updated": ["request_id"],
  "friendship.updated": ["user_id"],
  presence: ["user_id", "online"],
  counts: ["incoming_requests", "unread_chats", "unread_messages", "waiting_sessions"],
  resync: [],
} as const satisfies Record<string, readonly string[]>;

/** Fields that are booleans; every other field is a non-negative integer. */
const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(["online"]);

export type LiveEventName = keyof typeof LIVE_EVENT_FIELDS;

export const LIVE_EVENT_NAMES = Object.keys(LIVE_EVENT_FIELDS) as LiveEventName[];

const isName = (name: string): name is LiveEventName => Object.hasOwn(LIVE_EVENT_FIELDS, name);

/** An event as heard (its name, its JSON), or null when it is not one of ours or malformed. */
export function readLiveEvent(name: string, json: string): LiveEvent | null {
  if (!isName(name)) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const fields = data as Record<string, unknown>;
  const valid = LIVE_EVENT_FIELDS[name].every((field: string) =>
    BOOLEAN_FIELDS.has(field) ? typeof fields[field] === "boolean" : Number.isSafeInteger(fields[field]) && (fields[field] as number) >= 0,
  );
  return valid ? ({ name, data } as LiveEvent) : null;
}
