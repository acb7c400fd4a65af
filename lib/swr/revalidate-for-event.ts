"use client";

// What a live event does to the SWR cache: revalidates exactly the keys it names
// (lib/swr/live-keys.ts), everything after a resync, and `counts` sets the header's counts.
import { useCallback } from "react";
import { mutate, useSWRConfig } from "swr";
import type { LiveEvent } from "@/lib/live/event-schemas";
import { api } from "@/lib/swr/api";
import { INFINITE_PREFIX, keysForEvent, matchesLiveKeys } from "@/lib/swr/live-keys";

export function useRevalidateForEvent(): (event: LiveEvent) => void {
  const { cache } = useSWRConfig();
  return useCallback(
    (event: LiveEvent) => {
      if (event.name === "counts") return void mutate(api.users.countsKey, event.data, { revalidate: false });
      const target = keysForEvent(event);
      if (target === null) return;
      const matches = (key: string) => target === "all" || matchesLiveKeys(target, key);
      void mutate((key) => matches(key as string));
      // mutate(filter) never revalidates a paged list (useSWRInfinite, e.g. session
      // history), so those keys are looked up in the cache and revalidated one by one.
      for (const key of cache.keys()) if (key.startsWith(INFINITE_PREFIX) && matches(key)) void mutate(key);
    },
    [cache],
  );
}
