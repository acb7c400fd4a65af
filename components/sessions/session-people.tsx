// Both people in the waiting room, with who is ready, who is in the meeting now, who
// started it, and whether the other person is online.
import { Badge } from "@/components/ui/badge";
import { FriendPresence } from "@/components/friends/presence-status";

function Person({ id, name, ready, inMeeting, you, starter }: { id: number; name: string; ready: boolean; inMeeting: boolean; you: boolean; starter: boolean }) {
  return (
    <li className="flex min-w-0 items-center gap-3 rounded-md border border-slate-200 p-3" data-testid={you ? "you" : "other-person"}>
      <span aria-hidden className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-700">
        {name.slice(0, 1).toUpperCase()}
      </span>
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium" title={name}>
          {name}
          {you ? <span className="text-slate-500"> (you)</span> : null}
        </p>
        {starter ? <p className="text-xs text-slate-500">Started the meeting</p> : null}
        {you ? null : <FriendPresence userId={id} />}
      </div>
      {inMeeting ? <Badge tone="blue">In the meeting</Badge> : ready ? <Badge tone="green">Ready</Badge> : <Badge>Not ready</Badge>}
    </li>
  );
}

type Someone = { id: number; name: string; ready: boolean; inMeeting: boolean };

export function SessionPeople({ me, other, startedBy }: { me: Someone; other: Someone; startedBy: number | null }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2" aria-label="People">
      <Person id={me.id} name={me.name} ready={me.ready} inMeeting={me.inMeeting} you starter={startedBy === me.id} />
      <Person id={other.id} name={other.name} ready={other.ready} inMeeting={other.inMeeting} you={false} starter={startedBy === other.id} />
    </ul>
  );
}
