// POST /invites: a new invitation link, within the per-user daily limit.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { limits } from "@/lib/rate-limit/limits";
import { withinLimit } from "@/lib/rate-limit/limiter";
import { randomToken } from "@/lib/security/tokens";
import { inviteSelect } from "@/lib/invites/dto";

/** 144 random bits: the link is the whole credential. */
const CODE_BYTES = 18;

export async function createInvite({ db, userId }: { db: Db; userId: number }) {
  const config = env();
  return withinLimit(db, limits().invites, userId, () =>
    db.invite.create({
      data: {
        inviterId: userId,
        code: randomToken(CODE_BYTES),
        expiresAt: new Date(Date.now() + config.INVITE_TTL_SECONDS * 1000),
        maxUses: config.INVITE_MAX_USES,
      },
      select: inviteSelect,
    }),
  );
}
