// A small in-process cache that the change feed keeps honest. It serves entries only
// while the feed is healthy; a change evicts the keys it names; a resync (reconnect,
// lost connection) empties it. A load that was in flight when its key was evicted is
// returned to its callers but never stored: it may have read the row before the change
// committed, and storing it would keep that old row until the next change.
import type { ChangeFeed } from "@/lib/changes/feed";
import type { Change } from "@/lib/changes/types";

type Loading<V> = { promise: Promise<V>; valid: boolean };

type FeedCacheOptions<K, V> = {
  feed: ChangeFeed;
  /**
   * Keys a change makes stale: a list, a test every key is put to, or "all". Changes of
   * kinds the cache does not hold return [].
   */
  keysFor: (change: Change) => readonly K[] | ((key: K) => boolean) | "all";
  maxEntries: number;
  /** Whether a loaded value may be kept (e.g. not a "not found"). Default: always. */
  keep?: (value: V) => boolean;
};

export class FeedCache<K, V> {
  private readonly entries = new Map<K, V>();
  private readonly loading = new Map<K, Loading<V>>();
  private readonly options: FeedCacheOptions<K, V>;
  readonly stats = { hits: 0, misses: 0, evictions: 0 };

  constructor(options: FeedCacheOptions<K, V>) {
    this.options = options;
    options.feed.subscribe((event) => {
      if (event.kind === "resync") return this.clear();
      const keys = options.keysFor(event);
      if (keys === "all") return this.clear();
      if (typeof keys === "function") {
        for (const key of [...this.entries.keys(), ...this.loading.keys()]) if (keys(key)) this.evict(key);
        return;
      }
      for (const key of keys) this.evict(key);
    });
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached value, or `load()`'s (shared by concurrent callers, kept if nothing changed meanwhile). */
  async get(key: K, load: () => Promise<V>): Promise<V> {
    if (!this.options.feed.healthy) return load();
    if (this.entries.has(key)) {
      this.stats.hits += 1;
      return this.entries.get(key) as V;
    }
    this.stats.misses += 1;
    const inFlight = this.loading.get(key);
    if (inFlight) return inFlight.promise;
    const entry: Loading<V> = { promise: load(), valid: true };
    this.loading.set(key, entry);
    try {
      const value = await entry.promise;
      if (entry.valid && this.options.feed.healthy && (this.options.keep?.(value) ?? true)) this.store(key, value);
      return value;
    } finally {
      if (this.loading.get(key) === entry) this.loading.delete(key);
    }
  }

  /** The cached value without loading, if the feed is healthy. */
  peek(key: K): V | undefined {
    return this.options.feed.healthy ? this.entries.get(key) : undefined;
  }

  evict(key: K): void {
    if (this.entries.delete(key)) this.stats.evictions += 1;
    const inFlight = this.loading.get(key);
    if (inFlight) {
      inFlight.valid = false;
      this.loading.delete(key);
    }
  }

  clear(): void {
    this.stats.evictions += this.entries.size;
    this.entries.clear();
    for (const entry of this.loading.values()) entry.valid = false;
    this.loading.clear();
  }

  private store(key: K, value: V): void {
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }
}

const registry = globalThis as typeof globalThis & { __pairlineCaches?: Map<string, unknown> };

/** One cache per name per process (route bundles may each load this module). */
export function sharedCache<C>(name: string, make: () => C): C {
  const caches = (registry.__pairlineCaches ??= new Map());
  if (!caches.has(name)) caches.set(name, make());
  return caches.get(name) as C;
}
