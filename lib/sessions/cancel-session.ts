import type { Db } from "@/lib/db";
import { findSession, loadSessionForUser } from "@/lib/sessions/load-session";
import { finishSession } from "@/lib/sessions/finish-session";
import type { SessionRow } from "@/lib/sessions/dto";
import { recordAdminAction } from "@/lib/admin/record-admin-action";

/** A participant cancels a pending or active session. */
export async function cancelSession({ db, sessionId, user }: { db: Db; sessionId: number; user: { id: number; name: string } }): Promise<SessionRow> {
  const { session } = await loadSessionForUser({ db, sessionId, userId: user.id });
  return finishSession({ db, session, action: "cancel", actor: user, message: `${user.name} cancelled the session` });
}

/** An admin cancels any open session; the audit entry names the admin. */
export async function cancelSessionAsAdmin({ db, sessionId, admin }: { db: Db; sessionId: number; admin: { id: number; name: string } }): Promise<SessionRow> {
  const session = await findSession(db, sessionId);
  return finishSession({
    db,
    session,
    action: "cancel",
    actor: admin,
    message: `${admin.name} (admin) cancelled the session`,
    metadata: { by_admin: true },
    alsoInTx: (tx) => recordAdminAction(tx, { adminId: admin.id, action: "session_cancelled", targetSessionId: session.id }),
  });
}
