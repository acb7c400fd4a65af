"use client";

// The caller's open sessions (pending and active), kept current by polling, so a session
// the other person ended or cancelled leaves the home page without a reload.
import useSWR from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import type { SessionResponse } from "@/lib/sessions/schemas";

export const OPEN_SESSIONS_KEY = "open-sessions";
const POLL_MS = 4_000;

async function fetchOpen(): Promise<SessionResponse[]> {
  const [pending, active] = await Promise.all([
    fetcher<SessionResponse[]>("/api/v1/sessions/?status=pending&limit=100"),
    fetcher<SessionResponse[]>("/api/v1/sessions/?status=active&limit=100"),
  ]);
  return [...pending, ...active].sort((a, b) => b.id - a.id);
}

export function useOpenSessions(fallbackData?: SessionResponse[]) {
  return useSWR<SessionResponse[], ApiError>(OPEN_SESSIONS_KEY, fetchOpen, { fallbackData, refreshInterval: POLL_MS });
}
