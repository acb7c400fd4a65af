import Link from "next/link";
import { notFound } from "next/navigation";
import { recordId } from "@/lib/record-id";
import type { Metadata } from "next";
import { requireUser } from "@/lib/require-user";
import { currentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findSession } from "@/lib/sessions/load-session";
import { listAuditLogs } from "@/lib/sessions/list-audit-logs";
import { sessionDto } from "@/lib/sessions/dto";
import { sideOf } from "@/lib/sessions/rules";
import { Card } from "@/components/ui/card";
import { WaitingRoom } from "@/components/sessions/waiting-room";
import { ScheduledSession } from "@/components/sessions/scheduled-session";
import { isPlannedView } from "@/components/sessions/planned";


async function findSessionOrNull(sessionId: number) {
  return findSession(await getDb(), sessionId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "session_not_found") return null;
    throw error;
  });
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const user = await currentUser();
  const sessionId = recordId((await params).id);
  const session = user && sessionId !== null ? await findSessionOrNull(sessionId) : null;
  const side = session && user ? sideOf(session, user.id) : null;
  if (!user) return { title: "Waiting room" };
  if (!session) return { title: "Session not found" };
  if (!side) return { title: "Not your session" };
  const other = side === "initiator" ? session.participant : session.initiator;
  return { title: `Session with ${other.name}` };
}

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/sessions/${id}`);
  const sessionId = recordId(id);
  if (sessionId === null) notFound();
  const session = await findSessionOrNull(sessionId);
  if (!session) notFound();
  const side = sideOf(session, user.id);
  if (!side) {
    return (
      <Card className="mx-auto max-w-md text-center">
        <h1 className="text-xl font-semibold">Not your session</h1>
        <p className="mt-2 text-slate-600">Only the two people in this session can open its waiting room.</p>
        <Link href="/sessions" className="mt-4 inline-block text-brand-700 underline">Your sessions</Link>
      </Card>
    );
  }
  const audit = await listAuditLogs({ db: await getDb(), sessionId: session.id, userId: user.id });
  const dto = sessionDto(session, side);
  // A planned session keeps its own view until it is started (README, Scheduled sessions).
  if (isPlannedView(dto)) return <ScheduledSession key={session.id} initialSession={dto} initialAudit={audit} viewerId={user.id} />;
  return <WaitingRoom key={session.id} initialSession={dto} initialAudit={audit} viewerId={user.id} />;
}
