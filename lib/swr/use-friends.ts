"use client";

// Friends, friend requests and the chat list: SWR hooks and one refresh for all of them.
import useSWR, { mutate } from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import type { FriendResponse, FriendRequestsResponse } from "@/lib/friends/schemas";
import type { ChatResponse } from "@/lib/chat/schemas";

import { CHATS_KEY, FRIENDS_KEY, FRIEND_REQUESTS_KEY } from "@/lib/swr/keys";

export { CHATS_KEY, FRIENDS_KEY, FRIEND_REQUESTS_KEY };

// Requests arrive from other people; polling slowly shows them without a reload.
const POLL_MS = 10_000;

export function useFriends(fallbackData?: FriendResponse[]) {
  return useSWR<FriendResponse[], ApiError>(FRIENDS_KEY, fetcher, { fallbackData, refreshInterval: POLL_MS });
}

export function useFriendRequests(fallbackData?: FriendRequestsResponse) {
  return useSWR<FriendRequestsResponse, ApiError>(FRIEND_REQUESTS_KEY, fetcher, { fallbackData, refreshInterval: POLL_MS });
}

export function useChats(fallbackData?: ChatResponse[]) {
  return useSWR<ChatResponse[], ApiError>(CHATS_KEY, fetcher, { fallbackData, refreshInterval: POLL_MS });
}

/** After any change to a friendship or a request: reload every list that shows one. */
export async function refreshFriendData(): Promise<void> {
  await mutate((key) => typeof key === "string" && (key === FRIENDS_KEY || key === FRIEND_REQUESTS_KEY || key === CHATS_KEY || key.startsWith("/api/v1/users?")));
}
