// Rows to JSON for friends and friend requests (lib/friends/schemas.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PersonResponse } from "@/lib/accounts/schemas";
import type { FriendRequestResponse, FriendResponse } from "@/lib/friends/schemas";

export const personSelect = { id: true, name: true, email: true } as const;

export type Person = Prisma.UserGetPayload<{ select: typeof personSelect }>;

export const friendRequestSelect = {
  id: true,
  status: true,
  createdAt: true,
  fromUser: { select: personSelect },
  toUser: { select: personSelect },
} as const;

export type FriendRequestRow = Prisma.FriendRequestGetPayload<{ select: typeof friendRequestSelect }>;

export function personDto(user: Person): PersonResponse {
  return { id: user.id, name: user.name, email: user.email };
}

export function friendRequestDto(row: FriendRequestRow): FriendRequestResponse {
  return {
    id: row.id,
    from_user: personDto(row.fromUser),
    to_user: personDto(row.toUser),
    status: row.status,
    created_at: row.createdAt.toISOString(),
  };
}


export function friendDto(friend: { user: Person; since: Date }): FriendResponse {
  return { user: personDto(friend.user), since: friend.since.toISOString() };
}

