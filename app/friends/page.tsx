import type { Metadata } from "next";
import { requireUser } from "@/lib/require-user";
import { getDb } from "@/lib/db";
import { listFriends } from "@/lib/friends/list-friends";
import { listFriendRequests } from "@/lib/friends/list-friend-requests";
import { friendDto, friendRequestDto } from "@/lib/friends/dto";
import { Card } from "@/components/ui/card";
import { PeopleSearch } from "@/components/friends/people-search";
import { IncomingRequests } from "@/components/friends/incoming-requests";
import { OutgoingRequests } from "@/components/friends/outgoing-requests";
import { FriendList } from "@/components/friends/friend-list";
import { InviteLinks } from "@/components/invites/invite-links";

export const metadata: Metadata = { title: "Friends" };

export default async function FriendsPage() {
  const user = await requireUser("/friends");
  const db = await getDb();
  const [friends, requests] = await Promise.all([listFriends({ db, userId: user.id }), listFriendRequests({ db, userId: user.id })]);
  const requestsDto = { incoming: requests.incoming.map((row) => friendRequestDto(row, user)), outgoing: requests.outgoing.map((row) => friendRequestDto(row, user)) };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Friends</h1>
      <Card>
        <PeopleSearch requestsFallback={requestsDto} viewer={{ name: user.name, email: user.email }} />
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <Card className="min-w-0">
          <IncomingRequests fallback={requestsDto} />
        </Card>
        <Card className="min-w-0">
          <OutgoingRequests fallback={requestsDto} />
        </Card>
      </div>
      <Card>
        <FriendList fallback={friends.map(friendDto)} />
      </Card>
      <Card>
        <InviteLinks />
      </Card>
    </div>
  );
}
