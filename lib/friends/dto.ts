// Rows to JSON for friends and friend requests (CONTRACT §3). Type-only imports are safe
// from client components. Emails follow CONTRACT §15 (lib/accounts/privacy.ts).
import { visiblePerson, type Viewer } from "@/lib/accounts/privacy";

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

/**
 * A request as `viewer` sees it. Its recipient may see the sender's email; the sender
 * sees the recipient's only once they are friends (an accepted request), so sending a
 * request to any id reveals no one's address.
 */
export function friendRequestDto(row: FriendRequestRow, viewer: Viewer) {
  const accepted = row.status === "accepted";
  return {
    id: row.id,
    from_user: visiblePerson(row.fromUser, viewer, { friends: accepted, askedViewer: viewer.id === row.toUser.id }),
    to_user: visiblePerson(row.toUser, viewer, { friends: accepted }),
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
