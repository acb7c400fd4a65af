// The change feed's liveness bound (README, Operations, "Change feed"; lib/changes/feed.ts),
// on a cluster of its own since it freezes it. A frozen PostgreSQL (SIGSTOP: a hung host or
// a network partition) keeps the listener's socket open and says nothing, so without the
// bound an instance would answer cached reads as long as it liked. With it, a cached read
// is served only until the listener's last proof is CHANGE_FEED_LIVENESS_MS old; after
// that every read goes to the database; once the server runs again the caches come back.
import { afterAll, describe, expect, it } from "vitest";
import { serverOnOwnCluster, type OwnCluster } from "../support/own-cluster";
import { client, signUp } from "../support/http-client";
import { waitForListeners } from "../support/change-feed";

/** The default bound (lib/env.ts). */
const LIVENESS_MS = 3_000;
/** Scheduling on a loaded machine: the last proof may be read a little after the freeze. */
const SLACK_MS = 1_000;

let own: OwnCluster | undefined;
afterAll(async () => {
  await own?.stop();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET /users/me with a deadline: a read that waits on the frozen database counts as not served. */
async function me(baseUrl: string, token: string, timeoutMs = 800): Promise<number | "no answer"> {
  try {
    const response = await fetch(`${baseUrl}/api/v1/users/me`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return "no answer";
  }
}

describe("change feed liveness", () => {
  it("PostgreSQL frozen: cached GET /users/me stops being served within the bound; thawed: served again", async () => {
    own = await serverOnOwnCluster("liveness");
    const { cluster, server, databaseUrl } = own;
    const call = client(server.baseUrl);
    const user = await signUp(call, "Frozen");

    // The listener is up and the user's facts are cached.
    const [firstListener] = await waitForListeners((pids) => pids.length === 1, databaseUrl);
    expect(firstListener).toBeDefined();
    await wait(LIVENESS_MS / 2);
    expect(await me(server.baseUrl, user.token)).toBe(200);

    cluster.freeze();
    const frozenAt = performance.now();
    // Within the bound a cached read is still answered (the cache was in play)...
    expect(await me(server.baseUrl, user.token)).toBe(200);
    // ...and past it, never: every read now waits on the database.
    const late: { sentMs: number; outcome: number | "no answer" }[] = [];
    while (performance.now() - frozenAt < LIVENESS_MS + SLACK_MS + 4_000) {
      const sentMs = performance.now() - frozenAt;
      const outcome = await me(server.baseUrl, user.token);
      if (sentMs > LIVENESS_MS + SLACK_MS) late.push({ sentMs, outcome });
      await wait(200);
    }
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(late.filter(({ outcome }) => outcome === 200)).toEqual([]);

    // Thawed: the listener proves itself again (or reconnects), and reads are answered.
    cluster.thaw();
    const thawedAt = Date.now();
    let status = await me(server.baseUrl, user.token, 5_000);
    while (status !== 200 && Date.now() - thawedAt < 15_000) {
      await wait(200);
      status = await me(server.baseUrl, user.token, 5_000);
    }
    expect(status).toBe(200);

    // And the cache is trusted again. Its probe went unanswered for longer than the bound,
    // so the listener counted its connection as lost and has opened a new one.
    const relistened = await waitForListeners((pids) => pids.length === 1 && pids[0] !== firstListener, databaseUrl);
    expect(relistened).toHaveLength(1);
    expect(relistened[0]).not.toBe(firstListener);
    await wait(LIVENESS_MS / 2);
    expect(await me(server.baseUrl, user.token)).toBe(200);
    // Frozen once more, a read is answered from the cache at once.
    cluster.freeze();
    try {
      expect(await me(server.baseUrl, user.token)).toBe(200);
    } finally {
      cluster.thaw();
    }
  }, 120_000);
});
