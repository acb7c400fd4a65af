"use client";

// Next to a friend: their open session's button if there is one (Join meeting / Open
// waiting room), else Start session.
import { useOpenSessions } from "@/lib/swr/use-open-sessions";
import { StartSessionButton } from "@/components/friends/start-session-button";
import { OpenSessionButton } from "@/components/sessions/open-session-button";

export function FriendSessionButton({ friend }: { friend: { id: number; name: string } }) {
  const { data: sessions, mutate } = useOpenSessions();
  const open = sessions?.find((session) => session.initiator.id === friend.id || session.participant.id === friend.id);
  if (open) return <OpenSessionButton session={open} onJoined={() => mutate()} />;
  return <StartSessionButton friend={friend} />;
}
