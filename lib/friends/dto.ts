// Rows to JSON for friends and friend requests (lib/friends/schemas.ts). Emails follow
// README, Browser security and privacy (lib/accounts/privacy.ts). Type-only imports are safe from client components.
import type { Prisma } from "@/lib/generated/prisma/client";
import { visiblePerson, type Viewer } from "@/lib/accounts/privacy";
import type { PersonResponse } from "@/lib/accounts/schemas";
import type { FriendRequestResponse, FriendResponse } from "@/lib/friends/schemas";
import { makesFriends } from "@/lib/friends/rules";
import type { FriendRow } from "@/lib/friends/list-friends";
import { visiblePresence } from "@/lib/presence/presence-of";

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

function personDto(user: Person): PersonResponse {
  return { id: user.id, name: user.name, email: user.email };
}

/**
 * A request as `viewer` sees it. Its recipient may see the sender's email; the sender
 * sees the recipient's only once they are friends (an accepted request), so sending a
 * request to any id reveals no one's address.
 */
export function friendRequestDto(row: FriendRequestRow, viewer: Viewer): FriendRequestResponse {
  const accepted = makesFriends(row.status);
  return {
    id: row.id,
    from_user: visiblePerson(row.fromUser, viewer, { friends: accepted, askedViewer: viewer.id === row.toUser.id }),
    to_user: visiblePerson(row.toUser, viewer, { friends: accepted }),
    status: row.status,
    created_at: row.createdAt.toISOString(),
  };
}


export function friendDto(friend: FriendRow): FriendResponse {
  return { user: personDto(friend.user), since: friend.since.toISOString(), ...visiblePresence(friend.presence) };
}

