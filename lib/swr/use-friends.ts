"use client";

// Friends, friend requests and the chat list: SWR hooks and one refresh for all of them.
import useSWR, { mutate } from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import type { FriendResponse, FriendRequestsResponse } from "@/lib/friends/schemas";
import type { ChatResponse } from "@/lib/chat/schemas";
import { api } from "@/lib/swr/api";

// Requests arrive from other people; polling slowly shows them without a reload.
const POLL_MS = 10_000;

export function useFriends(fallbackData?: FriendResponse[]) {
  return useSWR<FriendResponse[], ApiError>(api.friends.key, fetcher, { fallbackData, refreshInterval: POLL_MS });
}

export function useFriendRequests(fallbackData?: FriendRequestsResponse) {
  return useSWR<FriendRequestsResponse, ApiError>(api.friends.requestsKey, fetcher, { fallbackData, refreshInterval: POLL_MS });
}

export function useChats(fallbackData?: ChatResponse[]) {
  return useSWR<ChatResponse[], ApiError>(api.chats.key, fetcher, { fallbackData, refreshInterval: POLL_MS });
}

/** After any change to a friendship or a request: reload every list that shows one. */
export async function refreshFriendData(): Promise<void> {
  const lists: string[] = [api.friends.key, api.friends.requestsKey, api.chats.key];
  await mutate((key) => typeof key === "string" && (lists.includes(key) || key.startsWith(api.users.searchPrefix)));
}
