"use client";

// The caller's open sessions (pending and active) for the home page, refreshed by the
// event stream whenever one of the caller's sessions changes.
import useSWR from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { OPEN_SESSIONS_KEY } from "@/lib/swr/live-keys";

async function fetchOpenSessions(): Promise<SessionResponse[]> {
  const [pending, active] = await Promise.all([
    fetcher<SessionResponse[]>("/api/v1/sessions/?status=pending&limit=50"),
    fetcher<SessionResponse[]>("/api/v1/sessions/?status=active&limit=50"),
  ]);
  return [...pending, ...active].sort((a, b) => b.id - a.id);
}

/** Without `fallbackData` (a button elsewhere on the page) it fetches once on mount. */
export function useOpenSessions(fallbackData?: SessionResponse[]) {
  return useSWR<SessionResponse[], ApiError>(OPEN_SESSIONS_KEY, fetchOpenSessions, { fallbackData, revalidateOnMount: !fallbackData });
}
