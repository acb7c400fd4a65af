// Which session changes are news to the viewer, from the session's DTO alone (pure, so
// new kinds plug in here: a decline is one more entry in FINISH_VERBS). A start is news
// while the session waits for you; a cancel is news when the other person did it.
import type { SessionResponse } from "@/lib/sessions/schemas";

/** A start or cancel older than this (e.g. heard again after a reconnect) is not news. */
export const FRESH_MS = 2 * 60_000;

/** Finish reasons another person's action gives, and how the toast words them. */
const FINISH_VERBS: Partial<Record<string, string>> = { cancelled: "cancelled", declined: "declined" };

const fresh = (iso: string | null, now: number) => iso !== null && now - Date.parse(iso) < FRESH_MS;

/** The friend who started the session just now and is waiting for you, or null. */
export function freshStarter(session: SessionResponse, viewerId: number, now = Date.now()) {
  if (!session.waiting_for_you || !fresh(session.started_at, now)) return null;
  const starter = [session.initiator, session.participant].find((person) => person.id === session.started_by);
  return starter && starter.id !== viewerId ? starter : null;
}

/** "Alice cancelled the session": the other person called it off just now, or null. */
export function freshFinishByOther(session: SessionResponse, viewerId: number, now = Date.now()): { name: string; verb: string } | null {
  const summary = session.summary;
  const verb = summary ? FINISH_VERBS[summary.reason] : undefined;
  if (!summary || !verb || !summary.finished_by || summary.finished_by.id === viewerId || !fresh(summary.finished_at, now)) return null;
  return { name: summary.finished_by.name, verb };
}
