import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { adminSessionDto, adminSessionSelect, joinTokenDto, joinTokenSelect, type AdminSessionDetailDto, type AdminSessionRow, type JoinTokenRow } from "@/lib/admin/dto";

/** One session as an admin sees it, with every join token ever issued for it (oldest first). */
export async function getAdminSession({ db, sessionId }: { db: Db; sessionId: number }): Promise<AdminSessionDetailDto> {
  const row = (await db.session.findUnique({ where: { id: sessionId }, select: adminSessionSelect })) as AdminSessionRow | null;
  if (!row) throw new AppError("session_not_found", "No such session.");
  const tokens = (await db.joinToken.findMany({ where: { sessionId }, select: joinTokenSelect, orderBy: { id: "asc" } })) as JoinTokenRow[];
  const now = new Date();
  return { ...adminSessionDto(row), join_tokens: tokens.map((token) => joinTokenDto(token, now)) };
}
