import type { Metadata } from "next";
import { currentUser } from "@/lib/auth";
import { Welcome } from "@/components/layout/welcome";
import { getDb } from "@/lib/db";
import { listChats } from "@/lib/chat/list-chats";
import { chatDto } from "@/lib/chat/dto";
import { listFriendRequests } from "@/lib/friends/list-friend-requests";
import { friendRequestDto } from "@/lib/friends/dto";
import { Card } from "@/components/ui/card";
import { IncomingRequests } from "@/components/friends/incoming-requests";
import { HomeFriends } from "@/components/friends/home-friends";
import { OpenSessions } from "@/components/sessions/open-sessions";
import { listOpenSessions } from "@/lib/sessions/list-open-sessions";
import { sessionDtoFor } from "@/lib/sessions/dto";
import { listSessions } from "@/lib/sessions/list-sessions";
import { UpcomingSessions } from "@/components/sessions/upcoming-sessions";

export async function generateMetadata(): Promise<Metadata> {
  // The layout's "%s · Pairline" template applies to child segments only, not to `/`.
  return { title: { absolute: `${(await currentUser()) ? "Home" : "Welcome"} · Pairline` } };
}

export default async function HomePage() {
  const user = await currentUser();
  if (!user) return <Welcome />;
  const db = await getDb();
  const [chats, requests, openSessions, upcoming] = await Promise.all([
    listChats({ db, userId: user.id }),
    listFriendRequests({ db, userId: user.id }),
    listOpenSessions({ db, userId: user.id }),
    listSessions({ db, userId: user.id, query: { status: "scheduled", limit: 50 } }),
  ]);
  const requestsDto = { incoming: requests.incoming.map((row) => friendRequestDto(row, user)), outgoing: requests.outgoing.map((row) => friendRequestDto(row, user)) };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold [overflow-wrap:anywhere]">Welcome, {user.name}</h1>
      <IncomingRequests fallback={requestsDto} compact />
      <OpenSessions sessions={openSessions.map((session) => sessionDtoFor(session, user.id))} viewerId={user.id} />
      <UpcomingSessions sessions={upcoming.sessions.map((session) => sessionDtoFor(session, user.id))} viewerId={user.id} />
      <Card>
        <HomeFriends fallback={chats.map(chatDto)} viewerId={user.id} />
      </Card>
    </div>
  );
}

