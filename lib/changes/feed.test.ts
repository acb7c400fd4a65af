// The change feed on PGlite: the migration's triggers announce every kind of change with
// the right ids and users, only on commit, and before the writing statement's promise
// resolves (what lets a write's own request answer with every cache already evicted).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import type { SqlRunner } from "@/lib/db/connect";
import { ChangeFeed } from "@/lib/changes/feed";
import { listenOnPglite } from "@/lib/changes/pglite-listener";
import type { FeedEvent } from "@/lib/changes/types";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
let dir: string;
let db: PGlite;
let feed: ChangeFeed;
let stop: () => Promise<void>;
const events: FeedEvent[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairline-feed-"));
  db = new PGlite(path.join(dir, "pglite"));
  const runner: SqlRunner = {
    engine: "pglite",
    exec: async (sql) => void (await db.exec(sql)),
    query: async <Row,>(sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params)).rows,
    close: async () => undefined,
  };
  await applyMigrations(runner, MIGRATIONS);
  await db.exec(`INSERT INTO users (email, name, password_hash, updated_at) VALUES ('a@x.test', 'A', 'h', now()), ('b@x.test', 'B', 'h', now())`);
  feed = new ChangeFeed();
  feed.subscribe((event) => events.push(event));
  stop = await listenOnPglite(db, feed);
}, 120_000);

afterAll(async () => {
  await stop();
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs SQL and returns what the feed heard by the time the statement's promise resolved. */
async function heard(sql: string): Promise<FeedEvent[]> {
  events.length = 0;
  await db.exec(sql);
  return [...events];
}

describe("change feed on PGlite", () => {
  it("starts healthy with a resync", () => {
    expect(feed.healthy).toBe(true);
  });

  it("announces sessions, friend requests, friendships and messages with both people", async () => {
    expect(await heard(`INSERT INTO sessions (id, initiator_id, participant_id) VALUES (7, 1, 2)`)).toEqual([{ kind: "session", id: 7, users: [1, 2] }]);
    expect(await heard(`UPDATE sessions SET initiator_ready = true WHERE id = 7`)).toEqual([{ kind: "session", id: 7, users: [1, 2] }]);
    expect(await heard(`INSERT INTO friend_requests (id, from_user_id, to_user_id) VALUES (3, 2, 1)`)).toEqual([{ kind: "friend_request", id: 3, users: [2, 1] }]);
    expect(await heard(`INSERT INTO friendships (user_low_id, user_high_id) VALUES (1, 2)`)).toEqual([{ kind: "friendship", id: "1:2", users: [1, 2] }]);
    expect(await heard(`DELETE FROM friendships WHERE user_low_id = 1`)).toEqual([{ kind: "friendship", id: "1:2", users: [1, 2] }]);
    await db.exec(`INSERT INTO conversations (id, user_low_id, user_high_id) VALUES (5, 1, 2)`);
    expect(await heard(`INSERT INTO messages (id, conversation_id, sender_id, text) VALUES (11, 5, 1, 'hi')`)).toEqual([{ kind: "message", id: 11, users: [1, 2] }]);
  });

  it("announces a user's role, token version, name and email, and nothing else about users", async () => {
    expect(await heard(`UPDATE users SET role = 'admin' WHERE id = 1`)).toEqual([{ kind: "user", id: 1, users: [1] }]);
    expect(await heard(`UPDATE users SET token_version = token_version + 1 WHERE id = 2`)).toEqual([{ kind: "user", id: 2, users: [2] }]);
    expect(await heard(`UPDATE users SET name = 'Bee' WHERE id = 2`)).toEqual([{ kind: "user", id: 2, users: [2] }]);
    expect(await heard(`UPDATE users SET password_hash = 'other' WHERE id = 2`)).toEqual([]);
    expect(await heard(`UPDATE users SET role = 'admin' WHERE id = 1`)).toEqual([]);
  });

  it("announces only what commits, once the transaction commits", async () => {
    expect(await heard(`BEGIN; UPDATE sessions SET participant_ready = true WHERE id = 7; ROLLBACK;`)).toEqual([]);
    events.length = 0;
    await db.exec(`BEGIN; UPDATE sessions SET participant_ready = true WHERE id = 7;`);
    expect(events).toEqual([]);
    await db.exec(`COMMIT;`);
    expect(events).toEqual([{ kind: "session", id: 7, users: [1, 2] }]);
  });

  it("hears changes made through a transaction API too", async () => {
    events.length = 0;
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE sessions SET status = 'cancelled' WHERE id = $1`, [7]);
    });
    expect(events).toEqual([{ kind: "session", id: 7, users: [1, 2] }]);
  });
});
