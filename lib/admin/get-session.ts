import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { adminSessionDto, adminSessionSelect, joinTokenDto, joinTokenSelect } from "@/lib/admin/dto";
import type { AdminSessionDetailResponse } from "@/lib/admin/schemas";

/** One session as an admin sees it, with every join token ever issued for it (oldest first). */
export async function getAdminSession({ db, sessionId }: { db: Db; sessionId: number }): Promise<AdminSessionDetailResponse> {
  const row = await db.session.findUnique({ where: { id: sessionId }, select: adminSessionSelect });
  if (!row) throw new AppError("session_not_found");
  const tokens = await db.joinToken.findMany({ where: { sessionId }, select: joinTokenSelect, orderBy: { id: "asc" } });
  const now = new Date();
  return { ...adminSessionDto(row), join_tokens: tokens.map((token) => joinTokenDto(token, now)) };
}
