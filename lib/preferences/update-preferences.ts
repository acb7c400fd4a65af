// PATCH /users/me/preferences: any subset. Hiding or showing presence is news for friends
// (a `presence` event, README: Presence), announced in the same transaction so it goes out on commit.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { announcePresence } from "@/lib/presence/announce-presence";
import { preferencesDto, preferencesSelect } from "@/lib/preferences/get-preferences";
import type { Preferences, UpdatePreferencesBody } from "@/lib/preferences/schemas";

export async function updatePreferences({ db, userId, input }: { db: Db; userId: number; input: UpdatePreferencesBody }): Promise<Preferences> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { showPresence: true } });
    if (!before) throw new AppError("user_not_found");
    const row = await tx.user.update({
      where: { id: userId },
      data: {
        showPresence: input.show_presence,
        emailFriendRequests: input.email_friend_requests,
        emailSessionStarted: input.email_session_started,
        emailScheduledSessions: input.email_scheduled_sessions,
        timeZone: input.time_zone,
      },
      select: preferencesSelect,
    });
    if (row.showPresence !== before.showPresence) await announcePresence({ db: tx, userId });
    return preferencesDto(row);
  });
}
