import type { Db } from "@/lib/db";
import { findSession, loadSessionForUser } from "@/lib/sessions/load-session";
import { finishSession } from "@/lib/sessions/finish-session";
import type { SessionRow } from "@/lib/sessions/dto";
import type { AuditMetadata } from "@/lib/sessions/audit-metadata";

/** A participant ends an active session (it becomes completed). */
export async function endSession({ db, sessionId, user }: { db: Db; sessionId: number; user: { id: number; name: string } }): Promise<SessionRow> {
  const { session } = await loadSessionForUser({ db, sessionId, userId: user.id });
  return finishSession({ db, session, action: "end", actor: user, message: `${user.name} ended the session` });
}

/** The video provider reports the meeting over (e.g. Zoom's meeting.ended webhook). */
export async function endSessionFromProvider({ db, sessionId, metadata }: { db: Db; sessionId: number; metadata: AuditMetadata<"ended"> }): Promise<SessionRow> {
  const session = await findSession(db, sessionId);
  return finishSession({ db, session, action: "end", actor: null, message: "The meeting ended", metadata, closeMeeting: false });
}
