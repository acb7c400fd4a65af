"use client";

import { useSWRConfig } from "swr";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { Time } from "@/components/ui/time";
import { JoinTokensTable } from "@/components/admin/join-tokens-table";
import { AuditLog } from "@/components/admin/audit-log";
import { CancelSessionButton } from "@/components/admin/cancel-session-button";
import { useAdminSession } from "@/lib/swr/use-admin-session";
import type { AuditEntryResponse } from "@/lib/sessions/schemas";
import { api } from "@/lib/swr/api";
import type { AdminSessionDetailResponse, AdminPersonResponse as Person } from "@/lib/admin/schemas";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function PersonFact({ person, ready }: { person: Person; ready: boolean }) {
  return (
    <>
      <span className="font-medium">{person.name}</span> <span className="text-slate-500">(#{person.id})</span>
      <br />
      <span className="text-slate-600">{person.email}</span>
      <br />
      <span className={ready ? "text-emerald-700" : "text-slate-500"}>{ready ? "Ready" : "Not ready"}</span>
    </>
  );
}

export function AdminSessionView({ initialSession, initialAuditLogs }: { initialSession: AdminSessionDetailResponse; initialAuditLogs: AuditEntryResponse[] }) {
  const { data, error, mutate } = useAdminSession(initialSession.id, initialSession);
  const { mutate: mutateGlobal } = useSWRConfig();
  const session = data ?? initialSession;
  const startedBy = session.started_by === session.initiator.id ? session.initiator : session.started_by === session.participant.id ? session.participant : null;

  const times: [string, string | null][] = [
    ["Created", session.created_at],
    ["Started", session.started_at],
    ["Ended", session.ended_at],
    ["Last change", session.updated_at],
  ];

  async function afterCancel(updated: AdminSessionDetailResponse | null) {
    // Show the new state and the new audit entry now, not at the next revalidation.
    await Promise.all([
      updated ? mutate(updated, { revalidate: false }) : mutate(),
      mutateGlobal((key) => typeof key === "string" && key.startsWith(api.admin.auditLogsKey(session.id))),
    ]);
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-semibold">Session #{session.id}</h1>
          <StatusBadge status={session.status} />
        </div>
        <CancelSessionButton sessionId={session.id} open={session.allowed_actions.includes("cancel")} onDone={afterCancel} />
      </div>
      {error ? <Alert>Could not refresh this session: {error.message}</Alert> : null}

      <Card>
        <h2 className="sr-only">Details</h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Fact label="Initiator">
            <PersonFact person={session.initiator} ready={session.initiator_ready} />
          </Fact>
          <Fact label="Participant">
            <PersonFact person={session.participant} ready={session.participant_ready} />
          </Fact>
          <Fact label="Started by">{startedBy ? startedBy.name : <span className="text-slate-600">not started</span>}</Fact>
          <Fact label="Video provider">{session.video_provider ?? <span className="text-slate-600">none yet</span>}</Fact>
          {/* The API gives a Zoom meeting id only: a Jitsi room name would be the meeting's address. */}
          {session.video_provider === "jitsi" ? null : (
            <Fact label="Meeting id">
              {session.zoom_meeting_id ? <span className="break-all font-mono text-xs">{session.zoom_meeting_id}</span> : <span className="text-slate-600">none yet</span>}
            </Fact>
          )}
          {times.map(([label, value]) => (
            <Fact key={label} label={label}>
              <Time utc value={value} />
            </Fact>
          ))}
        </dl>
        <p className="mt-4 text-xs text-slate-500">The meeting link, room and password are never shown here: only the two people in the session may see them.</p>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Join tokens</h2>
        <p className="mb-3 text-xs text-slate-500">Each one-time join link, named by the first 12 characters of its SHA-256 hash. Times in UTC.</p>
        <JoinTokensTable tokens={session.join_tokens} />
      </Card>

      <Card>
        <AuditLog sessionId={session.id} initialEntries={initialAuditLogs} />
      </Card>
    </div>
  );
}
