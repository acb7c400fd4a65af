// The one audit-log list. Participants read friendly event names in their own time zone;
// the admin variant shows the raw event types (what the API filter takes) in UTC.
import type { AuditEntryResponse } from "@/lib/sessions/schemas";
import { Time } from "@/components/ui/time";

const EVENT_LABELS: Record<AuditEntryResponse["event_type"], string> = {
  created: "Created",
  started: "Started",
  zoom_link_generated: "Meeting created",
  ready: "Ready",
  joined: "Joined",
  left: "Left",
  ended: "Ended",
  cancelled: "Cancelled",
};

const EVENT_TONES: Partial<Record<AuditEntryResponse["event_type"], string>> = {
  ended: "bg-slate-200 text-slate-800",
  cancelled: "bg-red-100 text-red-800",
  ready: "bg-emerald-100 text-emerald-800",
  joined: "bg-brand-100 text-brand-700",
};

function Entry({ entry, admin }: { entry: AuditEntryResponse; admin: boolean }) {
  const hasMetadata = Object.keys(entry.metadata).length > 0;
  return (
    <li className="py-3" data-testid="audit-entry">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span
          className={`rounded px-1.5 py-0.5 text-xs font-medium ${admin ? "font-mono" : ""} ${EVENT_TONES[entry.event_type] ?? "bg-slate-100 text-slate-700"}`}
          data-event={entry.event_type}
          data-testid="audit-event-type"
        >
          {admin ? entry.event_type : EVENT_LABELS[entry.event_type]}
        </span>
        <Time value={entry.created_at} utc={admin} className="text-xs tabular-nums text-slate-500" />
      </div>
      <p className="mt-1 text-sm text-slate-900">{entry.message}</p>
      <p className="text-xs text-slate-500">by {entry.user ? <span className="font-medium text-slate-700">{entry.user.name}</span> : "the system"}</p>
      {hasMetadata ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-brand-600 hover:underline">{admin ? "Metadata" : "Details"}</summary>
          <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 font-mono text-slate-700">{JSON.stringify(entry.metadata, null, 2)}</pre>
        </details>
      ) : null}
    </li>
  );
}

export function AuditLogList({ entries, admin = false, empty }: { entries: AuditEntryResponse[]; admin?: boolean; empty: string }) {
  if (entries.length === 0) return <p className="mt-3 text-sm text-slate-600">{empty}</p>;
  return (
    <ol className="divide-y divide-slate-100" aria-label="Audit log">
      {entries.map((entry) => (
        <Entry key={entry.id} entry={entry} admin={admin} />
      ))}
    </ol>
  );
}
