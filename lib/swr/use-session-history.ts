"use client";

// The caller's sessions, paged by following the API's `Link: rel="next"` header.
import useSWRInfinite from "swr/infinite";
import { fetchListPage, type ApiError } from "@/lib/swr/fetcher";
import type { SessionResponse } from "@/lib/sessions/schemas";
import { api } from "@/lib/swr/api";

type Page = { sessions: SessionResponse[]; next: string | null };

async function fetchPage(path: string): Promise<Page> {
  const { items, next } = await fetchListPage<SessionResponse>(path);
  return { sessions: items, next };
}

export function useSessionHistory(status: string, pageSize = 20) {
  const first = api.sessions.listUrl({ status, limit: pageSize });
  return useSWRInfinite<Page, ApiError>((index, previous: Page | null) => (index === 0 ? first : previous?.next ?? null), fetchPage, {
    revalidateFirstPage: true,
  });
}
