// settle()'s shared fences (postgres-listener.ts), against a fake listening connection
// whose fences come back only when the test says so: concurrent writers share fences,
// at most one is in flight, and nobody is released by a fence sent before they called.
import { EventEmitter } from "node:events";
import type pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { ChangeFeed } from "@/lib/changes/feed";
import { PostgresListener } from "@/lib/changes/postgres-listener";

/** A listening connection that records fences and delivers each one when asked. */
class FakeClient extends EventEmitter {
  /** Fences in the order they were sent; `back` once their notification arrived. */
  readonly fences: { channel: string; token: string; back: boolean; answer: () => void }[] = [];

  async connect(): Promise<void> {}

  async end(): Promise<void> {}

  query(text: string, values?: string[]): Promise<unknown> {
    if (!text.startsWith("SELECT pg_notify")) return Promise.resolve({ rows: [] });
    return new Promise((resolve) => {
      const fence = { channel: values![0]!, token: values![1]!, back: false, answer: () => resolve({ rows: [] }) };
      this.fences.push(fence);
    });
  }

  get inFlight(): number {
    return this.fences.filter((fence) => !fence.back).length;
  }

  /** The oldest fence not yet back: its query returns and its notification arrives. */
  returnOldest(): void {
    const fence = this.fences.find((candidate) => !candidate.back)!;
    fence.back = true;
    fence.answer();
    this.emit("notification", { channel: fence.channel, payload: fence.token, processId: 1 });
  }
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

let listener: PostgresListener | undefined;
afterEach(async () => {
  await listener?.stop();
  listener = undefined;
});

async function connected(): Promise<FakeClient> {
  const client = new FakeClient();
  const feed = new ChangeFeed();
  // A long liveness bound: the probe (every third of it) stays out of the way.
  listener = new PostgresListener({ connectionString: "postgres://fake", feed, applicationName: "test", livenessMs: 600_000, newClient: () => client as unknown as pg.Client });
  listener.start();
  await flush();
  expect(listener.connected).toBe(true);
  expect(feed.healthy).toBe(true);
  return client;
}

/** Calls settle() and checks, when it resolves, that a fence sent after the call came back. */
function settleChecked(client: FakeClient, violations: string[], label: string): Promise<void> {
  const sentBefore = client.fences.length;
  return listener!.settle().then(() => {
    if (!client.fences.slice(sentBefore).some((fence) => fence.back)) violations.push(`${label} resolved on a fence sent before it called`);
  });
}

describe("PostgresListener.settle() shares fences", () => {
  it("N parallel calls send at most 2 fences, and each resolves only on a fence sent after it called", async () => {
    const client = await connected();
    const violations: string[] = [];
    const resolved = new Set<number>();
    const calls = Array.from({ length: 50 }, (_, i) => settleChecked(client, violations, `call ${i}`).then(() => resolved.add(i)));
    expect(client.fences).toHaveLength(1);

    client.returnOldest();
    await flush();
    // The first fence covers only the call that sent it; the rest were queued for the next one.
    expect([...resolved]).toEqual([0]);
    expect(client.fences).toHaveLength(2);
    expect(client.inFlight).toBe(1);

    client.returnOldest();
    await Promise.all(calls);
    expect(resolved.size).toBe(50);
    expect(client.fences).toHaveLength(2);
    expect(violations).toEqual([]);
  });

  it("callers arriving while a fence is in flight wait for the next one; never more than one in flight", async () => {
    const client = await connected();
    const violations: string[] = [];
    const calls: Promise<void>[] = [];
    let maxInFlight = 0;
    for (let wave = 0; wave < 20; wave++) {
      for (let i = 0; i < 1 + (wave % 4); i++) calls.push(settleChecked(client, violations, `wave ${wave} call ${i}`));
      maxInFlight = Math.max(maxInFlight, client.inFlight);
      if (wave % 3 !== 2) {
        client.returnOldest();
        await flush();
      }
    }
    while (client.inFlight > 0) {
      client.returnOldest();
      await flush();
    }
    await Promise.all(calls);
    expect(maxInFlight).toBe(1);
    // Shared: fewer fences than callers (each wave shares one at most).
    expect(client.fences.length).toBeLessThanOrEqual(21);
    expect(calls.length).toBeGreaterThan(client.fences.length);
    expect(violations).toEqual([]);
  });
});
