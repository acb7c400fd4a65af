// The one audit-log list. Participants read what happened as sentences with icons and
// relative times (exact on hover), never raw metadata; the admin variant shows the raw
// event types (what the API filter takes), the stored message and metadata, in UTC.
import type { AuditEntryResponse } from "@/lib/sessions/schemas";
import { Time } from "@/components/ui/time";
import { ACTIVITY_ICONS, activitySentence } from "@/lib/format/activity";

const EVENT_TONES: Partial<Record<AuditEntryResponse["event_type"], string>> = {
  ended: "bg-slate-200 text-slate-800",
  cancelled: "bg-red-100 text-red-800",
  ready: "bg-emerald-100 text-emerald-800",
  joined: "bg-brand-100 text-brand-700",
};

function AdminEntry({ entry }: { entry: AuditEntryResponse }) {
  const hasMetadata = Object.keys(entry.metadata).length > 0;
  return (
    <li className="py-3" data-testid="audit-entry">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span
          className={`rounded px-1.5 py-0.5 font-mono text-xs font-medium ${EVENT_TONES[entry.event_type] ?? "bg-slate-100 text-slate-700"}`}
          data-event={entry.event_type}
          data-testid="audit-event-type"
        >
          {entry.event_type}
        </span>
        <Time value={entry.created_at} utc className="text-xs tabular-nums text-slate-600" />
      </div>
      <p className="mt-1 text-sm text-slate-900">{entry.message}</p>
      <p className="text-xs text-slate-600">by {entry.user ? <span className="font-medium text-slate-700">{entry.user.name}</span> : "the system"}</p>
      {hasMetadata ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-brand-700 underline">Metadata</summary>
          <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 font-mono text-slate-700">{JSON.stringify(entry.metadata, null, 2)}</pre>
        </details>
      ) : null}
    </li>
  );
}

function PersonEntry({ entry, viewerId }: { entry: AuditEntryResponse; viewerId: number }) {
  return (
    <li className="flex items-start gap-3 py-2.5" data-testid="audit-entry" data-event={entry.event_type}>
      <span aria-hidden className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm ${EVENT_TONES[entry.event_type] ?? "bg-slate-100 text-slate-700"}`}>
        {ACTIVITY_ICONS[entry.event_type] ?? "•"}
      </span>
      <p className="min-w-0 flex-1 text-sm text-slate-900 [overflow-wrap:anywhere]">{activitySentence(entry, viewerId)}</p>
      <Time relative value={entry.created_at} className="shrink-0 text-xs tabular-nums text-slate-600" />
    </li>
  );
}

export function AuditLogList({ entries, admin = false, viewerId = 0, empty }: { entries: AuditEntryResponse[]; admin?: boolean; viewerId?: number; empty: string }) {
  if (entries.length === 0) return <p className="mt-3 text-sm text-slate-600">{empty}</p>;
  return (
    <ol className="divide-y divide-slate-100" aria-label={admin ? "Audit log" : "Activity"}>
      {entries.map((entry) => (admin ? <AdminEntry key={entry.id} entry={entry} /> : <PersonEntry key={entry.id} entry={entry} viewerId={viewerId} />))}
    </ol>
  );
}
