// Which SWR keys each live event names (README, Live updates: clients refetch what an event
// names, and nothing else). Pure, so the mapping is unit-tested.
import { CHATS_KEY, FRIENDS_KEY, FRIEND_REQUESTS_KEY } from "@/lib/swr/keys";

export type LiveKeys = {
  /** Exact keys. */
  keys: string[];
  /** Key prefixes (paged lists and searches, whose keys carry their query). */
  prefixes: string[];
};

export const OPEN_SESSIONS_KEY = "open-sessions";
export const COUNTS_KEY = "/api/v1/users/me/counts";
export const chatMessagesKey = (friendId: number) => `chat:${friendId}`;
/** useSWRInfinite stores its pages under "$inf$" + the first page's key. */
const SESSION_HISTORY_PREFIX = "$inf$/api/v1/sessions/?";
const USER_SEARCH_PREFIX = "/api/v1/users?";

export function keysForEvent(name: string, data: Record<string, unknown>): LiveKeys | "all" | null {
  const id = (field: string) => (Number.isInteger(data[field]) ? (data[field] as number) : null);
  switch (name) {
    case "session.updated": {
      const sessionId = id("session_id");
      if (sessionId === null) return null;
      const base = `/api/v1/sessions/${sessionId}/`;
      return { keys: [base, `${base}join-eligibility/`, `${base}audit-logs/`, OPEN_SESSIONS_KEY], prefixes: [SESSION_HISTORY_PREFIX] };
    }
    case "message.created": {
      const friendId = id("friend_id");
      return friendId === null ? null : { keys: [chatMessagesKey(friendId), CHATS_KEY], prefixes: [] };
    }
    case "friend_request.updated":
      return { keys: [FRIEND_REQUESTS_KEY], prefixes: [USER_SEARCH_PREFIX] };
    case "friendship.updated": {
      const userId = id("user_id");
      return userId === null ? null : { keys: [FRIENDS_KEY, CHATS_KEY, chatMessagesKey(userId), OPEN_SESSIONS_KEY], prefixes: [USER_SEARCH_PREFIX] };
    }
    case "resync":
      return "all";
    default:
      return null;
  }
}

export function matchesLiveKeys(target: LiveKeys, key: unknown): boolean {
  return typeof key === "string" && (target.keys.includes(key) || target.prefixes.some((prefix) => key.startsWith(prefix)));
}
