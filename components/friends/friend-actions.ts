// The browser side of the friends API: each call, then a refresh of every list it affects.
import { api } from "@/lib/swr/api";
import { refreshFriendData } from "@/lib/swr/use-friends";

async function thenRefresh<T>(call: Promise<T>): Promise<T> {
  const result = await call;
  await refreshFriendData();
  return result;
}

export const sendFriendRequest = (userId: number) => thenRefresh(api.friends.sendRequest(userId));

export const acceptFriendRequest = (requestId: number) => thenRefresh(api.friends.acceptRequest(requestId));

export const declineFriendRequest = (requestId: number) => thenRefresh(api.friends.declineRequest(requestId));

export const withdrawFriendRequest = (requestId: number) => thenRefresh(api.friends.withdrawRequest(requestId));

export const removeFriend = (userId: number) => thenRefresh(api.friends.remove(userId));
