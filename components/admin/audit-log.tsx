"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { AuditLogList } from "@/components/sessions/audit-log";
import { useAdminAuditLogs } from "@/lib/swr/use-admin-session";
import type { AuditEntryResponse } from "@/lib/sessions/schemas";
// The one list, from the Prisma schema's enum (rules.ts imports no zod).
import { AUDIT_EVENT_TYPES, type AuditEventTypeValue } from "@/lib/sessions/rules";

const label = (type: string) => type.replaceAll("_", " ");

export function AuditLog({ sessionId, initialEntries }: { sessionId: number; initialEntries: AuditEntryResponse[] }) {
  const [eventType, setEventType] = useState<AuditEventTypeValue | "">("");
  const { data, error, isLoading, isValidating, mutate } = useAdminAuditLogs(sessionId, eventType, initialEntries);
  const busy = isLoading || isValidating;

  return (
    <section aria-labelledby="audit-log-title" aria-busy={busy}>
      <div className="mb-2 flex flex-wrap items-end justify-between gap-3">
        <h2 id="audit-log-title" className="text-lg font-semibold">
          Audit log
        </h2>
        <div className="flex items-center gap-2">
          <label htmlFor="audit-event-type" className="text-sm text-slate-700">
            Event type
          </label>
          <select
            id="audit-event-type"
            value={eventType}
            onChange={(event) => setEventType(event.target.value as AuditEventTypeValue | "")}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
          >
            <option value="">All events</option>
            {AUDIT_EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {label(type)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="text-xs text-slate-500">Oldest first. {busy ? <span>Loading…</span> : null}</p>
      {error ? (
        <div className="mt-3">
          <Alert>
            Could not load the audit log: {error.message}{" "}
            <button type="button" onClick={() => mutate()} className="font-medium underline">
              Try again
            </button>
          </Alert>
        </div>
      ) : null}
      {data === undefined && !error ? (
        <p className="mt-3 text-sm text-slate-600">Loading audit log…</p>
      ) : data ? (
        <AuditLogList admin entries={data} empty={eventType ? `No “${label(eventType)}” events for this session.` : "No events recorded for this session."} />
      ) : null}
    </section>
  );
}
