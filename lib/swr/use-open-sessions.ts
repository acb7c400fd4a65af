"use client";

// The caller's open sessions for the home page, refreshed by the event stream whenever one
// of the caller's sessions changes. Which statuses are open is the rules' (OPEN_STATUSES).
import useSWR from "swr";
import type { ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { OPEN_STATUSES } from "@/lib/sessions/rules";
import { OPEN_SESSIONS_KEY } from "@/lib/swr/live-keys";

async function fetchOpenSessions(): Promise<SessionResponse[]> {
  const lists = await Promise.all(OPEN_STATUSES.map((status) => api.sessions.list({ status, limit: 50 })));
  return lists.flat().sort((a, b) => b.id - a.id);
}

/** Without `fallbackData` (a button elsewhere on the page) it fetches once on mount. */
export function useOpenSessions(fallbackData?: SessionResponse[]) {
  return useSWR<SessionResponse[], ApiError>(OPEN_SESSIONS_KEY, fetchOpenSessions, { fallbackData, revalidateOnMount: !fallbackData });
}
