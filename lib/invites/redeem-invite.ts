// Registration through an invitation link: counts the use and makes the friendship in
// the transaction that creates the account. The use is counted by one guarded UPDATE:
// PostgreSQL re-checks `uses < max_uses` after waiting for a parallel sign-up's row
// lock, so N parallel sign-ups on one remaining use let exactly one through.
import type { Tx } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";
import { orderedPair } from "@/lib/friends/pair";

/** Counts one use of `code`; returns the inviter's id, or throws 400 with `fields.invite`. */
export async function claimInvite(tx: Tx, code: string): Promise<number> {
  const rows = await tx.$queryRaw<{ inviter_id: number }[]>`
    UPDATE invites SET uses = uses + 1
    WHERE code = ${code}::text AND revoked_at IS NULL AND expires_at > now() AND uses < max_uses
    RETURNING inviter_id`;
  if (rows.length === 0) throw invalidInvite();
  return rows[0]!.inviter_id;
}

export function invalidInvite(): AppError {
  return new AppError("validation_failed", { fields: { invite: messages.inviteInvalid } });
}

export async function befriendInviter(tx: Tx, inviterId: number, userId: number): Promise<void> {
  await tx.friendship.createMany({ data: [orderedPair(inviterId, userId)], skipDuplicates: true });
}
