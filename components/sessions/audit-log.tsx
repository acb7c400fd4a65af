// The audit trail as a readable list: time, who, event, message; metadata on demand.
import type { AuditEntryResponse as AuditEntry } from "@/lib/sessions/schemas";

const EVENT_LABELS: Record<string, string> = {
  created: "Created",
  started: "Started",
  zoom_link_generated: "Meeting created",
  ready: "Ready",
  joined: "Joined",
  left: "Left",
  ended: "Ended",
  cancelled: "Cancelled",
};

const EVENT_TONES: Record<string, string> = {
  ended: "bg-slate-200 text-slate-800",
  cancelled: "bg-red-100 text-red-800",
  ready: "bg-emerald-100 text-emerald-800",
  joined: "bg-brand-100 text-brand-700",
};

// Messages name their actor ("Alice started the session"); beside the name column that
// reads twice, so the name is dropped from the message where it leads.
function withoutActor(entry: AuditEntry): string {
  const name = entry.user?.name;
  return name && entry.message.startsWith(`${name} `) ? entry.message.slice(name.length + 1) : `· ${entry.message}`;
}

export function AuditLog({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-500">Nothing has happened in this session yet.</p>;
  return (
    <ol className="divide-y divide-slate-100" aria-label="Audit log">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-1 py-2 text-sm sm:flex-row sm:items-start sm:gap-3">
          <time dateTime={entry.created_at} className="shrink-0 tabular-nums text-slate-500 sm:w-40" title={entry.created_at}>
            {new Date(entry.created_at).toLocaleString()}
          </time>
          <span className={`inline-flex w-fit shrink-0 rounded px-2 py-0.5 text-xs font-medium ${EVENT_TONES[entry.event_type] ?? "bg-slate-100 text-slate-700"}`} data-event={entry.event_type}>
            {EVENT_LABELS[entry.event_type] ?? entry.event_type}
          </span>
          <div className="min-w-0 flex-1">
            <p>
              <span className="font-medium">{entry.user?.name ?? "System"}</span>
              <span className="text-slate-600"> {withoutActor(entry)}</span>
            </p>
            {Object.keys(entry.metadata ?? {}).length > 0 ? (
              <details className="mt-1">
                <summary className="cursor-pointer text-xs text-slate-500">Details</summary>
                <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 text-xs text-slate-700">{JSON.stringify(entry.metadata, null, 2)}</pre>
              </details>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
