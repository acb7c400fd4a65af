// "Start session" next to a friend, through the two public endpoints: create, then start.
import { ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";

/** Creates and starts a session with a friend, or starts (if pending) the pair's open one; returns its id. */
export async function startSessionWith(friendId: number): Promise<number> {
  let sessionId: number;
  try {
    sessionId = (await api.sessions.create(friendId)).id;
  } catch (error) {
    // One open session per pair: use the one that exists.
    const existing = error instanceof ApiError && error.code === "open_session_exists" ? Number(error.body.session_id) : NaN;
    if (!Number.isInteger(existing) || existing <= 0) throw error;
    sessionId = existing;
  }
  try {
    await api.sessions.act(sessionId, "start");
  } catch (error) {
    // Already active (or being started by the friend at this very moment): the waiting
    // room shows it as it is. A provider failure is shown here; pressing again retries.
    if (!(error instanceof ApiError && error.code === "invalid_state")) throw error;
  }
  return sessionId;
}
