"use client";

// The caller's open sessions (pending and active) for the home page, refreshed by the
// event stream whenever one of the caller's sessions changes.
import useSWR from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import type { SessionDto } from "@/lib/sessions/dto";

import { OPEN_SESSIONS_KEY } from "@/lib/swr/live-keys";

async function fetchOpenSessions(): Promise<SessionDto[]> {
  const [pending, active] = await Promise.all([
    fetcher<SessionDto[]>("/api/v1/sessions/?status=pending&limit=50"),
    fetcher<SessionDto[]>("/api/v1/sessions/?status=active&limit=50"),
  ]);
  return [...pending, ...active].sort((a, b) => b.id - a.id);
}

export function useOpenSessions(fallbackData: SessionDto[]) {
  return useSWR<SessionDto[], ApiError>(OPEN_SESSIONS_KEY, fetchOpenSessions, { fallbackData, revalidateOnMount: false });
}
