import type { Db } from "@/lib/db";
import { cancelSessionAsAdmin } from "@/lib/sessions/cancel-session";
import { getAdminSession } from "@/lib/admin/get-session";

/**
 * An admin cancels any pending or active session. The state change, the token revocation
 * and the audit entry naming the admin are one transaction (lib/sessions/finish-session);
 * the answer is the admin's view of the session afterwards, tokens included.
 */
export async function cancelAdminSession({ db, sessionId, admin }: { db: Db; sessionId: number; admin: { id: number; name: string } }) {
  await cancelSessionAsAdmin({ db, sessionId, admin });
  return getAdminSession({ db, sessionId });
}
