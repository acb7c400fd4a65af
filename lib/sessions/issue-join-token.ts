import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { loadSessionForUser } from "@/lib/sessions/load-session";
import { joinEligibility } from "@/lib/sessions/rules";
import { generateJoinToken, hashJoinToken } from "@/lib/sessions/join-token-crypto";
import { limits } from "@/lib/rate-limit/limits";
import { assertWithinLimit } from "@/lib/rate-limit/limiter";

/** A one-time join link for the caller, only while they may join (CONTRACT §7). */
export async function issueJoinToken({ db, sessionId, userId }: { db: Db; sessionId: number; userId: number }) {
  const { session, side } = await loadSessionForUser({ db, sessionId, userId });
  if (session.status !== "active") throw new AppError("invalid_state", `The session is ${session.status}; join links exist only while it is active.`);
  const eligibility = joinEligibility(session, side);
  if (!eligibility.canJoin) {
    throw new AppError("cannot_join_yet", "You cannot join this session yet.", { reason: eligibility.reason });
  }
  await assertWithinLimit(db, limits().joinTokens, userId);
  const token = generateJoinToken();
  const expiresAt = new Date(Date.now() + env().JOIN_TOKEN_TTL_SECONDS * 1000);
  await db.joinToken.create({ data: { sessionId, userId, tokenHash: hashJoinToken(token), expiresAt } });
  return {
    token,
    expires_at: expiresAt.toISOString(),
    session_id: sessionId,
    join_url: `${env().APP_URL.replace(/\/+$/, "")}/join/${token}`,
  };
}
