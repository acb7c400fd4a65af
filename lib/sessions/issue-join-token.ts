import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { loadSessionForUser } from "@/lib/sessions/load-session";
import { assertAllowed, assertCanJoin } from "@/lib/sessions/rules";
import { generateJoinToken, hashJoinToken } from "@/lib/sessions/join-token-crypto";
import { limits } from "@/lib/rate-limit/limits";
import { assertWithinLimit } from "@/lib/rate-limit/limiter";

/** A one-time join link for the caller, only while they may join (docs/rules.md). */
export async function issueJoinToken({ db, sessionId, userId }: { db: Db; sessionId: number; userId: number }) {
  const { session, side } = await loadSessionForUser({ db, sessionId, userId });
  assertAllowed("join", session.status);
  assertCanJoin(session, side);
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
