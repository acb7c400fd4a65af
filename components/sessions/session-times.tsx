// When the session was created, started and ended, and which video provider it uses.
import { Time } from "@/components/ui/time";
import { targetStatus } from "@/lib/sessions/rules";
import type { SessionResponse } from "@/lib/sessions/schemas";

const PROVIDER_NAMES = { zoom: "Zoom", jitsi: "Jitsi" } as const;

export function SessionTimes({ session }: { session: SessionResponse }) {
  const rows: [string, React.ReactNode][] = [["Created", <Time key="c" value={session.created_at} />]];
  if (session.started_at) rows.push(["Started", <Time key="s" value={session.started_at} />]);
  if (session.ended_at) rows.push([session.status === targetStatus("cancel") ? "Cancelled" : "Ended", <Time key="e" value={session.ended_at} />]);
  if (session.video_provider) rows.push(["Video", PROVIDER_NAMES[session.video_provider]]);
  return (
    <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-1 text-sm text-slate-600 sm:grid-cols-4">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
