"use client";

// Polls join eligibility every 2 s with If-None-Match, so an unchanged state costs a
// 304 and no JSON. SWR pauses polling while the tab is hidden.
import useSWR from "swr";
import { ApiError } from "@/lib/swr/fetcher";

export type JoinEligibility = {
  session_id: number;
  status: "pending" | "active" | "completed" | "cancelled";
  can_join: boolean;
  reason: "not_started" | "session_over" | "waiting_for_other" | "mark_yourself_ready" | null;
  you_ready: boolean;
  other_ready: boolean;
  started_by: number | null;
  updated_at: string;
};

const cache = new Map<string, { etag: string; data: JoinEligibility }>();

async function fetchWithEtag(path: string): Promise<JoinEligibility> {
  const previous = cache.get(path);
  const response = await fetch(path, { headers: previous ? { "if-none-match": previous.etag } : {}, credentials: "same-origin", cache: "no-store" });
  if (response.status === 304 && previous) return previous.data;
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error?.code ?? "unknown_error", body?.error?.message ?? `The server answered ${response.status}.`, body?.error ?? {});
  const etag = response.headers.get("etag");
  if (etag) cache.set(path, { etag, data: body });
  return body as JoinEligibility;
}

export function useJoinEligibility(sessionId: number) {
  return useSWR<JoinEligibility, ApiError>(`/api/v1/sessions/${sessionId}/join-eligibility/`, fetchWithEtag, {
    refreshInterval: (data) => (data && (data.status === "completed" || data.status === "cancelled") ? 0 : 2000),
    refreshWhenHidden: false,
    revalidateOnFocus: true,
    dedupingInterval: 500,
  });
}
