// The feed's liveness bound (feed.ts): a bounded source is trusted only while it proved
// itself recently; past the bound the caches are cleared and bypassed without any event
// from the source, and its next proof brings them back, announced like a reconnect.
import { describe, expect, it } from "vitest";
import { ChangeFeed } from "@/lib/changes/feed";
import { FeedCache } from "@/lib/changes/cache";
import type { FeedEvent } from "@/lib/changes/types";

function setup(liveForMs?: number) {
  let clock = 1_000;
  const feed = new ChangeFeed({ now: () => clock });
  const events: FeedEvent[] = [];
  feed.subscribe((event) => events.push(event));
  const cache = new FeedCache<number, string>({ feed, keysFor: () => [], maxEntries: 10 });
  let loads = 0;
  const read = () =>
    cache.get(1, async () => {
      loads += 1;
      return `load ${loads}`;
    });
  feed.up(liveForMs);
  events.length = 0;
  return { feed, events, cache, read, advance: (ms: number) => void (clock += ms) };
}

describe("ChangeFeed liveness bound", () => {
  it("serves from the cache while proofs keep coming within the bound", async () => {
    const { feed, read, advance, events } = setup(3_000);
    expect(await read()).toBe("load 1");
    for (let i = 0; i < 5; i++) {
      advance(2_000);
      feed.proven();
      expect(await read()).toBe("load 1");
    }
    expect(events).toEqual([]);
  });

  it("past the bound: untrusted, cache cleared and bypassed, one resync; the next proof restores it", async () => {
    const { feed, cache, read, advance, events } = setup(3_000);
    await read();
    advance(3_001);
    expect(feed.healthy).toBe(false);
    expect(cache.size).toBe(0);
    expect(await read()).toBe("load 2");
    expect(await read()).toBe("load 3");
    expect(events).toEqual([{ kind: "resync", healthy: false }]);

    feed.proven();
    expect(feed.healthy).toBe(true);
    expect(events).toEqual([
      { kind: "resync", healthy: false },
      { kind: "resync", healthy: true },
    ]);
    expect(await read()).toBe("load 4");
    expect(await read()).toBe("load 4");
  });

  it("a late proof after an unobserved lapse still starts the caches over", async () => {
    const { feed, cache, read, advance, events } = setup(3_000);
    await read();
    advance(10_000);
    feed.proven();
    expect(cache.size).toBe(0);
    expect(events).toEqual([
      { kind: "resync", healthy: false },
      { kind: "resync", healthy: true },
    ]);
  });

  it("a proof does not revive a source that is down", () => {
    const { feed } = setup(3_000);
    feed.down();
    feed.proven();
    expect(feed.healthy).toBe(false);
  });

  it("an unbounded source (PGlite's in-process feed) is always live", async () => {
    const { feed, read, advance } = setup();
    await read();
    advance(24 * 3_600_000);
    expect(feed.healthy).toBe(true);
    expect(await read()).toBe("load 1");
  });
});
