"use client";

// The caller's sessions, paged by following the API's `Link: rel="next"` header.
import useSWRInfinite from "swr/infinite";
import { ApiError } from "@/lib/swr/fetcher";
import type { SessionDto } from "@/lib/sessions/dto";

type Page = { sessions: SessionDto[]; next: string | null };

async function fetchPage(path: string): Promise<Page> {
  const response = await fetch(path, { credentials: "same-origin", headers: { accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error?.code ?? "unknown_error", body?.error?.message ?? `The server answered ${response.status}.`, body?.error ?? {});
  const link = response.headers.get("link");
  return { sessions: body as SessionDto[], next: link ? (/<([^>]+)>;\s*rel="next"/.exec(link)?.[1] ?? null) : null };
}

export function useSessionHistory(status: string, pageSize = 20) {
  const first = `/api/v1/sessions/?limit=${pageSize}${status ? `&status=${status}` : ""}`;
  return useSWRInfinite<Page, ApiError>((index, previous: Page | null) => (index === 0 ? first : previous?.next ?? null), fetchPage, {
    revalidateFirstPage: true,
  });
}
