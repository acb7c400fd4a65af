import { describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/log";
import { ChangeFeed } from "@/lib/changes/feed";
import { FeedCache } from "@/lib/changes/cache";
import type { Change } from "@/lib/changes/types";

const sessionChange = (id: number): Change => ({ kind: "session", id, users: [1, 2] });

function setup({ maxEntries = 100, healthy = true } = {}) {
  const feed = new ChangeFeed();
  if (healthy) feed.up();
  const cache = new FeedCache<number, string | null>({
    feed,
    keysFor: (change) => (change.kind === "session" ? [change.id as number] : change.kind === "user" ? "all" : []),
    maxEntries,
    keep: (value) => value !== null,
  });
  let loads = 0;
  const load = (value: string | null) => async () => {
    loads += 1;
    return value;
  };
  return { feed, cache, load, loads: () => loads };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe("FeedCache", () => {
  it("loads once, then answers from memory", async () => {
    const { cache, load, loads } = setup();
    expect(await cache.get(1, load("a"))).toBe("a");
    expect(await cache.get(1, load("b"))).toBe("a");
    expect(loads()).toBe(1);
  });

  it("forgets exactly the keys a change names", async () => {
    const { feed, cache, load } = setup();
    await cache.get(1, load("a"));
    await cache.get(2, load("b"));
    feed.deliver(sessionChange(1));
    feed.deliver({ kind: "message", id: 9, users: [1, 2] });
    expect(await cache.get(1, load("a2"))).toBe("a2");
    expect(await cache.get(2, load("b2"))).toBe("b");
  });

  it("forgets everything on a change it maps to all, and on a resync", async () => {
    const { feed, cache, load } = setup();
    await cache.get(1, load("a"));
    feed.deliver({ kind: "user", id: 3, users: [3] });
    expect(cache.size).toBe(0);
    await cache.get(1, load("a"));
    feed.resync();
    expect(cache.size).toBe(0);
  });

  it("reads every time while the feed is down, and starts empty when it is back", async () => {
    const { feed, cache, load, loads } = setup({ healthy: false });
    await cache.get(1, load("a"));
    await cache.get(1, load("a"));
    expect(loads()).toBe(2);
    expect(cache.size).toBe(0);
    feed.up();
    await cache.get(1, load("a"));
    expect(cache.size).toBe(1);
    feed.down();
    expect(cache.size).toBe(0);
    expect(cache.peek(1)).toBeUndefined();
    expect(await cache.get(1, load("fresh"))).toBe("fresh");
  });

  it("never stores a load that was in flight when its key changed", async () => {
    const { feed, cache } = setup();
    const slow = deferred<string>();
    const pending = cache.get(1, () => slow.promise);
    feed.deliver(sessionChange(1)); // committed while the old row was being read
    slow.resolve("old");
    expect(await pending).toBe("old");
    expect(cache.size).toBe(0);
    expect(await cache.get(1, async () => "new")).toBe("new");
  });

  it("never stores a load that was in flight across a lost connection", async () => {
    const { feed, cache } = setup();
    const slow = deferred<string>();
    const pending = cache.get(1, () => slow.promise);
    feed.down();
    feed.up();
    slow.resolve("old");
    await pending;
    expect(cache.size).toBe(0);
  });

  it("shares one load between concurrent callers", async () => {
    const { cache, loads } = setup();
    const slow = deferred<string>();
    let calls = 0;
    const load = () => {
      calls += 1;
      return slow.promise;
    };
    const both = Promise.all([cache.get(1, load), cache.get(1, load)]);
    slow.resolve("x");
    expect(await both).toEqual(["x", "x"]);
    expect(calls + loads()).toBe(1);
  });

  it("does not keep values it is told not to, nor failures", async () => {
    const { cache, load, loads } = setup();
    expect(await cache.get(1, load(null))).toBeNull();
    expect(await cache.get(1, load(null))).toBeNull();
    expect(loads()).toBe(2);
    await expect(cache.get(2, async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await cache.get(2, load("ok"))).toBe("ok");
  });

  it("holds at most maxEntries, dropping the oldest", async () => {
    const { cache, load } = setup({ maxEntries: 2 });
    await cache.get(1, load("a"));
    await cache.get(2, load("b"));
    await cache.get(3, load("c"));
    expect(cache.size).toBe(2);
    expect(cache.peek(1)).toBeUndefined();
    expect(cache.peek(3)).toBe("c");
  });
});

describe("ChangeFeed", () => {
  it("tells subscribers about changes and health until they unsubscribe", () => {
    const feed = new ChangeFeed();
    const seen: unknown[] = [];
    const unsubscribe = feed.subscribe((event) => seen.push(event));
    expect(feed.healthy).toBe(false);
    feed.up();
    feed.deliver(sessionChange(4));
    feed.down();
    feed.down(); // already down: said once
    unsubscribe();
    feed.up();
    expect(seen).toEqual([{ kind: "resync", healthy: true }, sessionChange(4), { kind: "resync", healthy: false }]);
  });

  it("keeps telling the others when one subscriber throws", () => {
    const feed = new ChangeFeed();
    const seen: unknown[] = [];
    feed.subscribe(() => {
      throw new Error("broken");
    });
    feed.subscribe((event) => seen.push(event));
    const logged = vi.spyOn(logger(), "error").mockImplementation(() => undefined);
    try {
      feed.deliver(sessionChange(1));
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ err: expect.any(Error) }), "Change feed subscriber failed");
    } finally {
      logged.mockRestore();
    }
    expect(seen).toEqual([sessionChange(1)]);
  });
});
