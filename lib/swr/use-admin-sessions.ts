// The admin's session list: pages of the cursor-paged API, "Load more" appends the next.
import useSWRInfinite from "swr/infinite";
import { fetchListPage, type ApiError } from "@/lib/swr/fetcher";
import type { AdminSessionResponse } from "@/lib/admin/schemas";

export type AdminSessionsPage = { sessions: AdminSessionResponse[]; next: string | null };

async function fetchPage(url: string): Promise<AdminSessionsPage> {
  const { items, next } = await fetchListPage<AdminSessionResponse>(url);
  return { sessions: items, next };
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
