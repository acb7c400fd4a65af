import { describe, expect, it } from "vitest";
import { countWaitingSessions } from "@/lib/live/get-live-counts";
import { INSTANT_SESSION_FIELDS, sessionDtoFor, type SessionRow } from "@/lib/sessions/dto";
import { OPEN_STATUSES, SESSION_STATUSES, type SessionStatus } from "@/lib/sessions/rules";

const ME = 1;
const FRIEND = 2;

function row(id: number, facts: { status: SessionStatus; iStarted: boolean | null; meInitiator: boolean; meReady: boolean; friendReady: boolean }): SessionRow {
  const at = new Date(Date.UTC(2026, 10, 27, 10));
  const [initiatorId, participantId] = facts.meInitiator ? [ME, FRIEND] : [FRIEND, ME];
  return {
    id,
    status: facts.status,
    initiatorId,
    participantId,
    startedById: facts.iStarted === null ? null : facts.iStarted ? ME : FRIEND,
    videoProvider: null,
    zoomMeetingId: null,
    zoomMeetingUrl: null,
    zoomMeetingPassword: null,
    initiatorReady: facts.meInitiator ? facts.meReady : facts.friendReady,
    participantReady: facts.meInitiator ? facts.friendReady : facts.meReady,
    createdAt: at,
    startedAt: null,
    endedAt: null,
    updatedAt: at,
    initiator: { id: initiatorId, name: "I" },
    participant: { id: participantId, name: "P" },
    auditLogs: [],
    ...INSTANT_SESSION_FIELDS,
    zoomRegistrants: [],
  };
}

// Every status × who started × which side I am × both ready flags.
const rows: SessionRow[] = [];
for (const status of SESSION_STATUSES)
  for (const iStarted of [null, true, false])
    for (const meInitiator of [true, false])
      for (const meReady of [true, false])
        for (const friendReady of [true, false]) rows.push(row(rows.length + 1, { status, iStarted, meInitiator, meReady, friendReady }));

describe("waiting_for_you and the header's waiting_sessions count", () => {
  it("count the same sessions, case by case", () => {
    for (const session of rows) {
      // The count reads only open sessions (its SQL filters on OPEN_STATUSES).
      const counted = OPEN_STATUSES.includes(session.status) ? countWaitingSessions([session], ME) : 0;
      expect({ id: session.id, waiting: sessionDtoFor(session, ME).waiting_for_you }).toEqual({ id: session.id, waiting: counted === 1 });
    }
  });

  it("and in total", () => {
    const open = rows.filter((session) => OPEN_STATUSES.includes(session.status));
    const waiting = rows.filter((session) => sessionDtoFor(session, ME).waiting_for_you).length;
    expect(countWaitingSessions(open, ME)).toBe(waiting);
    expect(waiting).toBeGreaterThan(0);
  });

  it("an admin's view (no side) is never waiting", () => {
    expect(rows.some((session) => sessionDtoFor(session, 99).waiting_for_you)).toBe(false);
  });
});
