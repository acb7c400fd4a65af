"use client";

// The caller's scheduled sessions, soonest first (the API's order for status=scheduled),
// refreshed by the event stream whenever one of the caller's sessions changes.
import useSWR from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";
import type { SessionResponse } from "@/lib/sessions/schemas";

export function useUpcomingSessions(fallbackData?: SessionResponse[]) {
  return useSWR<SessionResponse[], ApiError>(api.sessions.upcomingKey, fetcher, { fallbackData, revalidateOnMount: !fallbackData });
}
