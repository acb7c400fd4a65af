// Which SWR keys each live event names (README, Live updates: clients refetch what an event
// names, and nothing else). Pure, so the mapping is unit-tested.
import type { LiveEvent } from "@/lib/live/event-schemas";
import { api } from "@/lib/swr/api";

type LiveKeys = {
  /** Exact keys. */
  keys: string[];
  /** Key prefixes (paged lists and searches, whose keys carry their query). */
  prefixes: string[];
};

export const OPEN_SESSIONS_KEY = "open-sessions";
export const chatMessagesKey = (friendId: number) => `chat:${friendId}`;
/** useSWRInfinite stores its pages under this + the first page's key. */
export const INFINITE_PREFIX = "$inf$";
const SESSION_HISTORY_PREFIX = INFINITE_PREFIX + api.sessions.listPrefix;

/** The keys an event names; "all" for a resync; null for `counts` (its data is the new value, not a reason to refetch). */
export function keysForEvent(event: LiveEvent): LiveKeys | "all" | null {
  switch (event.name) {
    // A reminder is for the toast (sched-ui); the session itself is refetched like on any update.
    case "session.reminder":
    case "session.updated": {
      const id = event.data.session_id;
      return {
        keys: [api.sessions.key(id), api.sessions.eligibilityKey(id), api.sessions.auditLogKey(id), OPEN_SESSIONS_KEY, api.sessions.upcomingKey],
        prefixes: [SESSION_HISTORY_PREFIX],
      };
    }
    case "message.created":
      return { keys: [chatMessagesKey(event.data.friend_id), api.chats.key], prefixes: [] };
    case "friend_request.updated":
      return { keys: [api.friends.requestsKey], prefixes: [api.users.searchPrefix] };
    case "friendship.updated":
      return { keys: [api.friends.key, api.chats.key, chatMessagesKey(event.data.user_id), OPEN_SESSIONS_KEY, api.sessions.upcomingKey], prefixes: [api.users.searchPrefix] };
    case "presence":
      return { keys: [api.friends.key], prefixes: [] };
    case "resync":
      return "all";
    case "counts":
      return null;
  }
}

export function matchesLiveKeys(target: LiveKeys, key: unknown): boolean {
  return typeof key === "string" && (target.keys.includes(key) || target.prefixes.some((prefix) => key.startsWith(prefix)));
}
