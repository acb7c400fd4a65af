"use client";

// Polls join eligibility every 2 s with If-None-Match, so an unchanged state costs a
// 304 and no JSON. SWR pauses polling while the tab is hidden.
import useSWR from "swr";
import { apiResponse, retryWhileUnavailable, type ApiError } from "@/lib/swr/fetcher";
import { isOpen } from "@/lib/sessions/rules";
import { api } from "@/lib/swr/api";
import type { EligibilityResponse as JoinEligibility } from "@/lib/sessions/schemas";

const cache = new Map<string, { etag: string; data: JoinEligibility }>();

async function fetchWithEtag(path: string): Promise<JoinEligibility> {
  const previous = cache.get(path);
  const { status, headers, data } = await apiResponse<JoinEligibility>(path, {
    headers: previous ? { "if-none-match": previous.etag } : {},
    cache: "no-store",
  });
  if (status === 304 && previous) return previous.data;
  const etag = headers.get("etag");
  if (etag) cache.set(path, { etag, data });
  return data;
}

export function useJoinEligibility(sessionId: number) {
  return useSWR<JoinEligibility, ApiError>(api.sessions.eligibilityKey(sessionId), fetchWithEtag, {
    refreshInterval: (data) => (data && !isOpen(data.status) ? 0 : 2000),
    refreshWhenHidden: false,
    revalidateOnFocus: true,
    dedupingInterval: 500,
    // Keeps asking through an outage, so the room recovers by itself (README, Operations).
    onErrorRetry: retryWhileUnavailable,
  });
}
