// The admin actions log (README, Admin): one append-only row per action, written in the
// same transaction as the change it records.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdminActionType } from "@/lib/generated/prisma/enums";

type Action = (typeof AdminActionType)[keyof typeof AdminActionType];

export async function recordAdminAction(
  tx: Tx,
  entry: { adminId: number; action: Action; targetUserId?: number | null; targetSessionId?: number | null; reason?: string | null; details?: Prisma.InputJsonObject },
): Promise<void> {
  await tx.adminAction.create({
    data: {
      adminId: entry.adminId,
      action: entry.action,
      targetUserId: entry.targetUserId ?? null,
      targetSessionId: entry.targetSessionId ?? null,
      reason: entry.reason ?? null,
      details: entry.details ?? {},
    },
    select: { id: true },
  });
}
