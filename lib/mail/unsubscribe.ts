// One-click unsubscribe (RFC 8058; README, Email): the signed token is the credential,
// so no session and no CSRF check; it can only turn its one category off.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CATEGORY_FIELD, type MailCategory } from "@/lib/mail/categories";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe-token";

export const INVALID_UNSUBSCRIBE_LINK = "This unsubscribe link is not valid.";

export async function unsubscribe({ db, token }: { db: Db; token: string }): Promise<{ category: MailCategory }> {
  const claims = await verifyUnsubscribeToken(token);
  if (!claims) throw new AppError("invalid_request", INVALID_UNSUBSCRIBE_LINK);
  const updated = await db.user.updateMany({ where: { id: claims.userId }, data: { [CATEGORY_FIELD[claims.category]]: false } });
  // The account is gone.
  if (updated.count === 0) throw new AppError("invalid_request", INVALID_UNSUBSCRIBE_LINK);
  return { category: claims.category };
}
