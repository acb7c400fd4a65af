// The admin's session list: pages of the cursor-paged API, "Load more" appends the next.
import useSWRInfinite from "swr/infinite";
import { ApiError } from "@/lib/swr/fetcher";
import type { AdminSessionDto } from "@/lib/admin/dto";

export type AdminSessionsPage = { sessions: AdminSessionDto[]; next: string | null };

/** Like `apiFetch`, but keeps the `Link: <...>; rel="next"` header the list pages by. */
async function fetchPage(url: string): Promise<AdminSessionsPage> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" }, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network_error", "Could not reach the server. Check your connection and try again.");
  }
  if (!response.ok) {
    const data = (await response.json().catch(() => null)) as { error?: Record<string, unknown> } | null;
    const error = data?.error ?? {};
    throw new ApiError(response.status, String(error.code ?? "unknown_error"), String(error.message ?? `The server answered ${response.status}.`), error);
  }
  const sessions = (await response.json()) as AdminSessionDto[];
  const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get("link") ?? "")?.[1] ?? null;
  return { sessions, next };
}

export function useAdminSessions(firstUrl: string, firstPage: AdminSessionsPage) {
  const result = useSWRInfinite<AdminSessionsPage, ApiError>(
    (index, previous: AdminSessionsPage | null) => (index === 0 ? firstUrl : (previous?.next ?? null)),
    fetchPage,
    { fallbackData: [firstPage], revalidateFirstPage: false, revalidateOnFocus: false },
  );
  const pages = result.data ?? [firstPage];
  const sessions = pages.flatMap((page) => page.sessions);
  const next = pages[pages.length - 1]?.next ?? null;
  // The next page is asked for but not here yet.
  const loadingMore = result.size > pages.length && !result.error;
  return { ...result, sessions, hasMore: next !== null, loadingMore, loadMore: () => result.setSize(pages.length + 1) };
}
