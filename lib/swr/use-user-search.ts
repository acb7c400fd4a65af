"use client";

// People search: debounced, and silent below the API's 2-character minimum.
import { useEffect, useState } from "react";
import useSWR from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";
import type { UserSearchResponse } from "@/lib/accounts/schemas";

export type UserSearchResult = UserSearchResponse[number];

export const MIN_QUERY_LENGTH = 2;
const DEBOUNCE_MS = 300;

export function useUserSearch(rawQuery: string) {
  const query = rawQuery.trim();
  const [debounced, setDebounced] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const active = debounced.length >= MIN_QUERY_LENGTH;
  const swr = useSWR<UserSearchResult[], ApiError>(active ? api.users.searchKey(debounced) : null, fetcher, { keepPreviousData: true });
  return {
    ...swr,
    /** The query the results belong to; `settling` while the input has moved on. */
    query: debounced,
    active,
    settling: query !== debounced,
  };
}
