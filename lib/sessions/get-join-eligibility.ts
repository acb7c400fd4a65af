// The waiting room's poll, the app's hot path (every open room, both people, every 2 s).
// The answer depends only on the session row and its joined/left audit entries (presence),
// so the row and each side's prepared JSON + ETag are kept in a cache the change feed
// evicts (joined/left announce their session: migration 20261127113000_announce_presence):
// an unchanged poll costs a map lookup, a changed one a re-read.
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeFeed } from "@/lib/changes";
import { FeedCache, sharedCache } from "@/lib/changes/cache";
import { prepareJson, type PreparedJson } from "@/lib/api/etag";
import { eligibilityDto, type SessionRow } from "@/lib/sessions/dto";
import { readSessionRow } from "@/lib/sessions/read-session";
import { SCHEDULED_STATUS, sideOf, type Side } from "@/lib/sessions/rules";

type Entry = { row: SessionRow; views: Partial<Record<Side, PreparedJson>> };

function sessions() {
  return sharedCache("join-eligibility", () =>
    new FeedCache<number, Entry | null>({
      feed: changeFeed(),
      keysFor: (change) => (change.kind === "session" && typeof change.id === "number" ? [change.id] : []),
      maxEntries: 20_000,
      keep: (entry) => entry !== null,
    }),
  );
}

async function readSession(sessionId: number): Promise<Entry | null> {
  const db = await getDb();
  // One statement (read-session.ts): after a restart every open waiting room misses at once.
  const row = await readSessionRow(db, sessionId);
  return row ? { row, views: {} } : null;
}

/** The caller's eligibility as prepared JSON with its ETag; 404 / 403 as for every session path. */
export async function getJoinEligibility({ sessionId, userId }: { sessionId: number; userId: number }): Promise<PreparedJson> {
  const entry = await sessions().get(sessionId, () => readSession(sessionId));
  if (!entry) throw new AppError("session_not_found");
  const side = sideOf(entry.row, userId);
  if (!side) throw new AppError("not_participant");
  // A scheduled session's answer changes with the clock (it turns missed), not only with a write: not kept.
  if (entry.row.status === SCHEDULED_STATUS) return prepareJson(eligibilityDto(entry.row, side));
  return (entry.views[side] ??= prepareJson(eligibilityDto(entry.row, side)));
}
