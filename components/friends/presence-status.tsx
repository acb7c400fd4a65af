"use client";

// A friend's presence where they are named (README, Presence): a dot and words ("Online",
// "Last seen 5 min ago"), so it never rests on colour alone. Nothing for someone who hides it.
import { Time } from "@/components/ui/time";
import { useFriends } from "@/lib/swr/use-friends";

type Presence = { online: boolean; last_seen_at: string | null };

export function PresenceStatus({ presence, className = "" }: { presence: Presence | undefined; className?: string }) {
  if (!presence || (!presence.online && !presence.last_seen_at)) return null;
  return (
    <span className={`inline-flex items-center gap-1.5 text-sm text-slate-600 ${className}`} data-testid="online-status">
      <span aria-hidden className={`h-2 w-2 shrink-0 rounded-full ${presence.online ? "bg-green-600" : "bg-slate-400"}`} />
      {presence.online ? (
        "Online"
      ) : (
        <span>
          Last seen <Time value={presence.last_seen_at} relative />
        </span>
      )}
    </span>
  );
}

/** The presence of one friend, from the friend list (one shared SWR key, revalidated by `presence` events). */
export function FriendPresence({ userId, className }: { userId: number; className?: string }) {
  const { data } = useFriends();
  const friend = data?.find((item) => item.user.id === userId);
  return <PresenceStatus presence={friend} className={className} />;
}
