// The browser side of the friends API: each call, then a refresh of every list it affects.
import { apiFetch } from "@/lib/swr/fetcher";
import { refreshFriendData } from "@/lib/swr/use-friends";
import type { FriendRequestResponse } from "@/lib/friends/schemas";

async function thenRefresh<T>(call: Promise<T>): Promise<T> {
  const result = await call;
  await refreshFriendData();
  return result;
}

export const sendFriendRequest = (userId: number) =>
  thenRefresh(apiFetch<FriendRequestResponse>("/api/v1/friends/requests", { method: "POST", body: { user_id: userId } }));

export const acceptFriendRequest = (requestId: number) =>
  thenRefresh(apiFetch<FriendRequestResponse>(`/api/v1/friends/requests/${requestId}/accept`, { method: "POST" }));

export const declineFriendRequest = (requestId: number) =>
  thenRefresh(apiFetch<FriendRequestResponse>(`/api/v1/friends/requests/${requestId}/decline`, { method: "POST" }));

export const withdrawFriendRequest = (requestId: number) => thenRefresh(apiFetch(`/api/v1/friends/requests/${requestId}`, { method: "DELETE" }));

export const removeFriend = (userId: number) => thenRefresh(apiFetch(`/api/v1/friends/${userId}`, { method: "DELETE" }));
