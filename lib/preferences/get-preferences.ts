// A user's preferences, for their own settings and for anything deciding what reaches them
// (e.g. the mail outbox: send a category only while its flag is on).
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Preferences } from "@/lib/preferences/schemas";

export const preferencesSelect = {
  showPresence: true,
  emailFriendRequests: true,
  emailSessionStarted: true,
  emailScheduledSessions: true,
  timeZone: true,
} as const;

export function preferencesDto(row: { showPresence: boolean; emailFriendRequests: boolean; emailSessionStarted: boolean; emailScheduledSessions: boolean; timeZone: string }): Preferences {
  return {
    show_presence: row.showPresence,
    email_friend_requests: row.emailFriendRequests,
    email_session_started: row.emailSessionStarted,
    email_scheduled_sessions: row.emailScheduledSessions,
    time_zone: row.timeZone,
  };
}

export async function getPreferences({ db, userId }: { db: Db | Tx; userId: number }): Promise<Preferences> {
  const row = await db.user.findUnique({ where: { id: userId }, select: preferencesSelect });
  if (!row) throw new AppError("user_not_found");
  return preferencesDto(row);
}
