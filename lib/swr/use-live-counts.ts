"use client";

// The header's counts. Rendered by the server first; the event stream then pushes new
// values (a `counts` event sets this key's data) and revalidates it after a reconnect.
import useSWR from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import type { LiveCountsDto } from "@/lib/live/get-live-counts";
import { api } from "@/lib/swr/api";

export function useLiveCounts(fallbackData?: LiveCountsDto) {
  return useSWR<LiveCountsDto, ApiError>(api.users.countsKey, fetcher, { fallbackData, revalidateOnMount: !fallbackData, dedupingInterval: 500 });
}

export function totalOf(counts: LiveCountsDto | undefined): number {
  // Messages, not chats: three new messages are three things waiting for you.
  return counts ? counts.incoming_requests + counts.unread_messages + counts.waiting_sessions : 0;
}
