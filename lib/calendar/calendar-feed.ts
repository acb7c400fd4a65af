// The personal calendar feed (README, Scheduling and calendars): a secret URL calendar
// programs subscribe to without a cookie, so the 256-bit secret is the credential. Only
// its SHA-256 is stored (one row per user): a new secret replaces the row and the old URL
// stops working at once; deleting the row turns the feed off. An unknown, revoked or
// malformed secret is a plain 404.
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { effectiveStatus } from "@/lib/sessions/rules";
import { sessionCalendar, type CalendarSession } from "@/lib/calendar/session-calendar";
import { calendarSessionSelect } from "@/lib/scheduling/notify-schedule";
import { loadSessionForUser } from "@/lib/sessions/load-session";

/** Cancelled and missed sessions stay in the feed (as CANCELLED) this long, so subscribers remove them. */
const RECENT_MS = 30 * 86_400_000;
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (secret: string) => crypto.createHash("sha256").update(secret).digest("hex");

export function calendarFeedUrl(secret: string): string {
  return `${env().APP_URL}/api/v1/calendar/${secret}.ics`;
}

/** A new secret for the user's feed; the previous one, if any, stops working. */
export async function regenerateCalendarFeed({ db, userId }: { db: Db; userId: number }): Promise<{ url: string }> {
  const secret = crypto.randomBytes(32).toString("base64url");
  const secretHash = hashOf(secret);
  await db.calendarFeed.upsert({ where: { userId }, create: { userId, secretHash }, update: { secretHash, createdAt: new Date() } });
  return { url: calendarFeedUrl(secret) };
}

export async function deleteCalendarFeed({ db, userId }: { db: Db; userId: number }): Promise<void> {
  await db.calendarFeed.deleteMany({ where: { userId } });
}

/** The feed behind `{secret}.ics`, as iCalendar text; 404 for anything but a live secret. */
export async function readCalendarFeed({ db, file }: { db: Db; file: string }): Promise<string> {
  const secret = file.endsWith(".ics") ? file.slice(0, -4) : "";
  if (!SECRET_PATTERN.test(secret)) throw new AppError("calendar_feed_not_found");
  const feed = await db.calendarFeed.findUnique({ where: { secretHash: hashOf(secret) }, select: { userId: true } });
  if (!feed) throw new AppError("calendar_feed_not_found");
  const at = now();
  const since = new Date(at.getTime() - RECENT_MS);
  const userId = feed.userId;
  const rows = await db.session.findMany({
    where: {
      scheduledFor: { not: null },
      AND: [
        { OR: [{ initiatorId: userId }, { participantId: userId }] },
        {
          OR: [
            { status: { in: ["scheduled", "active"] } },
            { status: "missed", scheduledEnd: { gte: since } },
            { status: { in: ["cancelled", "completed"] }, endedAt: { gte: since } },
          ],
        },
      ],
    },
    select: calendarSessionSelect,
    orderBy: { scheduledFor: "asc" },
    take: 500,
  });
  const sessions = await withVisibleEmails(db, userId, rows.map((row) => ({ ...row, status: effectiveStatus(row, at) })));
  return sessionCalendar(sessions, "PUBLISH", "Pairline sessions");
}

type Row = Omit<CalendarSession, "initiator" | "participant"> & { initiator: { id: number; name: string; email: string }; participant: { id: number; name: string; email: string } };

/** Emails as `viewerId` may see them: their own and their friends' (README, Privacy). */
export async function withVisibleEmails(db: Db, viewerId: number, rows: Row[]): Promise<CalendarSession[]> {
  const others = [...new Set(rows.map((row) => (row.initiator.id === viewerId ? row.participant.id : row.initiator.id)))];
  const friendships = others.length
    ? await db.friendship.findMany({ where: { OR: others.map((other) => ({ userLowId: Math.min(viewerId, other), userHighId: Math.max(viewerId, other) })) }, select: { userLowId: true, userHighId: true } })
    : [];
  const friends = new Set(friendships.map((f) => (f.userLowId === viewerId ? f.userHighId : f.userLowId)));
  const shown = (person: Row["initiator"]) => ({ name: person.name, email: person.id === viewerId || friends.has(person.id) ? person.email : null });
  return rows.map((row) => ({ ...row, initiator: shown(row.initiator), participant: shown(row.participant) }));
}

/** One session's `.ics` (METHOD:PUBLISH) for one of its two people; 409 `not_scheduled` for an instant session. */
export async function sessionCalendarFile({ db, sessionId, userId }: { db: Db; sessionId: number; userId: number }): Promise<string> {
  const { session } = await loadSessionForUser({ db, sessionId, userId });
  if (!session.scheduledFor) throw new AppError("not_scheduled");
  const row = await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: calendarSessionSelect });
  const [visible] = await withVisibleEmails(db, userId, [{ ...row, status: effectiveStatus(row, now()) }]);
  return sessionCalendar([visible!], "PUBLISH");
}
