// Rows to JSON for friends and friend requests (CONTRACT §3). Type-only imports are safe
// from client components.
export const personSelect = { id: true, name: true, email: true } as const;

export type Person = { id: number; name: string; email: string };

export const friendRequestSelect = {
  id: true,
  status: true,
  createdAt: true,
  fromUser: { select: personSelect },
  toUser: { select: personSelect },
} as const;

export type FriendRequestStatus = "pending" | "accepted" | "declined" | "withdrawn";

export type FriendRequestRow = {
  id: number;
  status: FriendRequestStatus;
  createdAt: Date;
  fromUser: Person;
  toUser: Person;
};

export function personDto(user: Person): Person {
  return { id: user.id, name: user.name, email: user.email };
}

export function friendRequestDto(row: FriendRequestRow) {
  return {
    id: row.id,
    from_user: personDto(row.fromUser),
    to_user: personDto(row.toUser),
    status: row.status,
    created_at: row.createdAt.toISOString(),
  };
}

export type FriendRequestDto = ReturnType<typeof friendRequestDto>;

export function friendDto(friend: { user: Person; since: Date }) {
  return { user: personDto(friend.user), since: friend.since.toISOString() };
}

export type FriendDto = ReturnType<typeof friendDto>;

export type FriendRequestsDto = { incoming: FriendRequestDto[]; outgoing: FriendRequestDto[] };
