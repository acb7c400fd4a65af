import { describe, expect, it } from "vitest";
import {
  allowedActions,
  assertScheduledAction,
  STATUSES_ENDED_WITH_ACCOUNT,
  canTransition,
  effectiveStatus,
  isOpen,
  isOver,
  isWaitingFor,
  joinEligibility,
  nextStatus,
  readyMatters,
  shownActions,
  reminderDue,
  sideOf,
  startsAtProblem,
  transition,
  type SessionFacts,
  type SessionStatus,
} from "@/lib/sessions/rules";

const A = 1;
const B = 2;

function session(overrides: Partial<SessionFacts> = {}): SessionFacts {
  return { status: "active", initiatorId: A, participantId: B, startedById: A, initiatorReady: false, participantReady: false, ...overrides };
}

describe("transitions", () => {
  const statuses: SessionStatus[] = ["pending", "active", "completed", "cancelled", "scheduled", "missed"];
  const table = {
    start: { pending: "active", active: null, completed: null, cancelled: null, scheduled: "active", missed: null },
    ready: { pending: "pending", active: "active", completed: null, cancelled: null, scheduled: null, missed: null },
    join: { pending: null, active: "active", completed: null, cancelled: null, scheduled: null, missed: null },
    end: { pending: null, active: "completed", completed: null, cancelled: null, scheduled: null, missed: null },
    cancel: { pending: "cancelled", active: "cancelled", completed: null, cancelled: null, scheduled: "cancelled", missed: null },
    accept: { pending: null, active: null, completed: null, cancelled: null, scheduled: "scheduled", missed: null },
    decline: { pending: null, active: null, completed: null, cancelled: null, scheduled: "cancelled", missed: null },
    reschedule: { pending: null, active: null, completed: null, cancelled: null, scheduled: "scheduled", missed: null },
  } as const;
  for (const [action, row] of Object.entries(table)) {
    for (const status of statuses) {
      const expected = row[status];
      it(`${action} from ${status} → ${expected ?? "forbidden"}`, () => {
        expect(nextStatus(action as keyof typeof table, status)).toBe(expected);
        expect(canTransition(action as keyof typeof table, status)).toBe(expected !== null);
      });
    }
  }
});

describe("transition", () => {
  it("returns the next status, or throws the 409 naming the current one", () => {
    expect(transition("start", "pending")).toBe("active");
    expect(() => transition("end", "pending")).toThrow(expect.objectContaining({ code: "invalid_state", message: "The session is pending; it cannot be ended." }));
  });
});

describe("allowedActions: every status × side × readiness", () => {
  // Written out by hand from docs/rules.md, not computed: [you ready, other ready] → actions.
  // `starter`: the caller started the meeting; `other`: the other person did.
  const active = {
    starter: { "no,no": ["ready", "end", "cancel"], "no,yes": ["ready", "join", "end", "cancel"], "yes,no": ["end", "cancel"], "yes,yes": ["join", "end", "cancel"] },
    other: { "no,no": ["ready", "end", "cancel"], "no,yes": ["ready", "end", "cancel"], "yes,no": ["end", "cancel"], "yes,yes": ["join", "end", "cancel"] },
  } as const;
  const pending = { "no,no": ["start", "ready", "cancel"], "no,yes": ["start", "ready", "cancel"], "yes,no": ["start", "cancel"], "yes,yes": ["start", "cancel"] } as const;
  const flags = [false, true];
  const word = (flag: boolean) => (flag ? "yes" : "no");

  for (const side of ["initiator", "participant"] as const) {
    const you = side === "initiator" ? A : B;
    const them = side === "initiator" ? B : A;
    for (const youReady of flags) {
      for (const otherReady of flags) {
        const key = `${word(youReady)},${word(otherReady)}` as keyof typeof pending;
        const readiness = side === "initiator" ? { initiatorReady: youReady, participantReady: otherReady } : { initiatorReady: otherReady, participantReady: youReady };
        it(`${side}, you ready ${word(youReady)}, other ready ${word(otherReady)}`, () => {
          expect(allowedActions(session({ status: "pending", startedById: null, ...readiness }), side)).toEqual(pending[key]);
          expect(allowedActions(session({ status: "active", startedById: you, ...readiness }), side)).toEqual(active.starter[key]);
          expect(allowedActions(session({ status: "active", startedById: them, ...readiness }), side)).toEqual(active.other[key]);
          for (const status of ["completed", "cancelled"] as const) {
            expect(allowedActions(session({ status, startedById: you, ...readiness }), side)).toEqual([]);
          }
        });
      }
    }
  }

  it("an admin (no side) may only cancel, and only an open session", () => {
    const expected: Record<SessionStatus, string[]> = { pending: ["cancel"], active: ["cancel"], completed: [], cancelled: [], scheduled: ["cancel"], missed: [] };
    for (const [status, actions] of Object.entries(expected)) {
      expect(allowedActions(session({ status: status as SessionStatus, initiatorReady: true, participantReady: true }), null)).toEqual(actions);
    }
  });

  it("join is in allowed_actions exactly when joinEligibility says can_join", () => {
    for (const status of ["pending", "active", "completed", "cancelled"] as const) {
      for (const initiatorReady of flags) {
        for (const participantReady of flags) {
          for (const side of ["initiator", "participant"] as const) {
            const facts = session({ status, initiatorReady, participantReady });
            expect(allowedActions(facts, side).includes("join")).toBe(joinEligibility(facts, side).canJoin);
          }
        }
      }
    }
  });
});

describe("sideOf", () => {
  it("names the initiator, the participant, or nobody", () => {
    expect(sideOf(session(), A)).toBe("initiator");
    expect(sideOf(session(), B)).toBe("participant");
    expect(sideOf(session(), 3)).toBeNull();
  });
});

describe("join eligibility (docs/rules.md)", () => {
  // Every row of the table, for a starter who is the initiator and for one who is the participant.
  for (const starter of [A, B]) {
    const other = starter === A ? B : A;
    const ready = (starterReady: boolean, otherReady: boolean) =>
      starter === A ? { initiatorReady: starterReady, participantReady: otherReady } : { initiatorReady: otherReady, participantReady: starterReady };
    const sideFor = (userId: number) => (userId === A ? "initiator" : "participant");
    const rows: [string, number, boolean, boolean, boolean, string | null][] = [
      // label, caller, starterReady, otherReady, canJoin, reason
      ["started_by, not ready, other not ready", starter, false, false, false, "waiting_for_other"],
      ["started_by, ready, other not ready", starter, true, false, false, "waiting_for_other"],
      ["started_by, not ready, other ready", starter, false, true, true, null],
      ["started_by, ready, other ready", starter, true, true, true, null],
      ["other, not ready, starter not ready", other, false, false, false, "mark_yourself_ready"],
      ["other, not ready, starter ready", other, true, false, false, "mark_yourself_ready"],
      ["other, ready, starter not ready", other, false, true, false, "waiting_for_other"],
      ["other, ready, starter ready", other, true, true, true, null],
    ];
    for (const [label, caller, starterReady, otherReady, canJoin, reason] of rows) {
      it(`starter is ${starter === A ? "initiator" : "participant"}: ${label}`, () => {
        const facts = session({ startedById: starter, ...ready(starterReady, otherReady) });
        const result = joinEligibility(facts, sideFor(caller));
        expect(result.canJoin).toBe(canJoin);
        expect(result.reason).toBe(reason);
        const callerIsStarter = caller === starter;
        expect(result.youReady).toBe(callerIsStarter ? starterReady : otherReady);
        expect(result.otherReady).toBe(callerIsStarter ? otherReady : starterReady);
      });
    }
  }

  it("pending: not_started for both, whatever is ready", () => {
    for (const side of ["initiator", "participant"] as const) {
      const result = joinEligibility(session({ status: "pending", startedById: null, initiatorReady: true, participantReady: true }), side);
      expect(result).toEqual({ canJoin: false, reason: "not_started", youReady: true, otherReady: true });
    }
  });

  it.each(["completed", "cancelled"] as const)("%s: session_over for both", (status) => {
    for (const side of ["initiator", "participant"] as const) {
      const result = joinEligibility(session({ status, initiatorReady: true, participantReady: true }), side);
      expect(result.canJoin).toBe(false);
      expect(result.reason).toBe("session_over");
    }
  });

  it("the example flow (docs/rules.md): B ready lets A in, then A ready lets B in", () => {
    let facts = session({ startedById: A });
    expect(joinEligibility(facts, "initiator").reason).toBe("waiting_for_other");
    expect(joinEligibility(facts, "participant").reason).toBe("mark_yourself_ready");
    facts = { ...facts, participantReady: true };
    expect(joinEligibility(facts, "initiator").canJoin).toBe(true);
    expect(joinEligibility(facts, "participant").reason).toBe("waiting_for_other");
    facts = { ...facts, initiatorReady: true };
    expect(joinEligibility(facts, "participant").canJoin).toBe(true);
    expect(joinEligibility(facts, "initiator").canJoin).toBe(true);
  });
});

describe("isWaitingFor (the header's sessions waiting for you)", () => {
  const rows: [string, Partial<SessionFacts>, "initiator" | "participant", boolean][] = [
    ["the other started, you are not ready", { startedById: A }, "participant", true],
    ["the other started, you are ready", { startedById: A, participantReady: true }, "participant", false],
    ["you started, the other is not ready", { startedById: A }, "initiator", false],
    ["you started, the other is ready (join)", { startedById: A, participantReady: true }, "initiator", true],
    ["you started and both are ready", { startedById: A, initiatorReady: true, participantReady: true }, "initiator", false],
    ["pending, the other is ready", { status: "pending", startedById: null, participantReady: true }, "initiator", true],
    ["pending, nobody ready", { status: "pending", startedById: null }, "participant", false],
    ["completed", { status: "completed", startedById: A }, "participant", false],
    ["cancelled, the other was ready", { status: "cancelled", startedById: A, initiatorReady: true }, "participant", false],
  ];
  for (const [label, overrides, side, expected] of rows) {
    it(`${label} → ${expected}`, () => {
      expect(isWaitingFor(session(overrides), side)).toBe(expected);
    });
  }
});

describe("scheduled sessions: state × side × invitation × time", () => {
  const T = new Date(Date.UTC(2026, 11, 24, 15, 0, 0));
  const minutes = (n: number) => new Date(T.getTime() + n * 60_000);
  const scheduled = (overrides: Partial<SessionFacts> = {}): SessionFacts =>
    session({ status: "scheduled", startedById: null, scheduledFor: T, scheduledEnd: minutes(60), invitation: "proposed", invitationById: A, ...overrides });

  // Written out by hand: [invitation, proposer, caller's side, minutes from T] → actions.
  const rows: [string, Partial<SessionFacts>, "initiator" | "participant", number, string[]][] = [
    ["proposed, caller proposed it", {}, "initiator", -60, ["cancel", "reschedule"]],
    ["proposed, caller is invited", {}, "participant", -60, ["cancel", "accept", "decline", "reschedule"]],
    ["proposed by the participant, initiator invited", { invitationById: B }, "initiator", -60, ["cancel", "accept", "decline", "reschedule"]],
    ["proposed, inside the window: still no start", {}, "participant", 0, ["cancel", "accept", "decline", "reschedule"]],
    ["accepted, an hour early", { invitation: "accepted" }, "initiator", -60, ["cancel", "reschedule"]],
    ["accepted, 10 min 1 s early", { invitation: "accepted" }, "participant", -10.02, ["cancel", "reschedule"]],
    ["accepted, exactly 10 min early", { invitation: "accepted" }, "participant", -10, ["start", "cancel", "reschedule"]],
    ["accepted, at the end of the window", { invitation: "accepted" }, "initiator", 60, ["start", "cancel", "reschedule"]],
    ["accepted, after the window: missed", { invitation: "accepted" }, "initiator", 60.02, []],
    ["proposed, after the window: missed", {}, "participant", 61, []],
  ];
  for (const [label, overrides, side, at, expected] of rows) {
    it(`${label} (${side}, T${at >= 0 ? "+" : ""}${at} min) → ${expected.join(", ") || "nothing"}`, () => {
      expect(allowedActions(scheduled(overrides), side, minutes(at))).toEqual(expected);
    });
  }

  it("an admin may cancel a scheduled session, not a missed one", () => {
    expect(allowedActions(scheduled(), null, minutes(-60))).toEqual(["cancel"]);
    expect(allowedActions(scheduled(), null, minutes(61))).toEqual([]);
  });

  it("reads missed once the window passed, whatever the stored status says", () => {
    expect(effectiveStatus(scheduled(), minutes(60))).toBe("scheduled");
    expect(effectiveStatus(scheduled(), minutes(60.001))).toBe("missed");
    expect(effectiveStatus(session({ status: "active" }), minutes(600))).toBe("active");
  });

  it("scheduled is neither open (not the pair's open session) nor over; missed is over", () => {
    expect(isOpen("scheduled")).toBe(false);
    expect(isOver("scheduled")).toBe(false);
    expect(isOver("missed")).toBe(true);
  });

  it("join eligibility: not_started while scheduled, session_over once missed", () => {
    expect(joinEligibility(scheduled(), "participant").reason).toBe("not_started");
    expect(joinEligibility({ ...scheduled(), status: "missed" }, "participant").reason).toBe("session_over");
  });

  const refusal = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      return (error as { code: string }).code;
    }
    return null;
  };
  it.each([
    ["accept by the invitee", "accept", {}, B, -60, null],
    ["accept by the proposer", "accept", {}, A, -60, "not_invitee"],
    ["decline by the proposer", "decline", {}, A, -60, "not_invitee"],
    ["accept once accepted", "accept", { invitation: "accepted" }, B, -60, "invalid_state"],
    ["decline once accepted", "decline", { invitation: "accepted" }, B, -60, "invalid_state"],
    ["accept a cancelled one", "accept", { status: "cancelled" }, B, -60, "invalid_state"],
    ["reschedule by the proposer", "reschedule", {}, A, -60, null],
    ["reschedule a missed one", "reschedule", { status: "missed" }, A, 61, "invalid_state"],
    ["start while proposed", "start", {}, A, 0, "invitation_pending"],
    ["start too early", "start", { invitation: "accepted" }, A, -11, "too_early"],
    ["start 10 min early", "start", { invitation: "accepted" }, B, -10, null],
  ] as const)("%s → %s", (_label, action, overrides, userId, at, code) => {
    expect(refusal(() => assertScheduledAction(action, scheduled(overrides as Partial<SessionFacts>), userId, minutes(at)))).toBe(code);
  });

  it("a proposed time is 5 minutes to 90 days ahead", () => {
    expect(startsAtProblem(minutes(4.9), T)).toMatch(/at least 5 minutes/);
    expect(startsAtProblem(minutes(5), T)).toBeNull();
    expect(startsAtProblem(minutes(90 * 1440), T)).toBeNull();
    expect(startsAtProblem(minutes(90 * 1440 + 1), T)).toMatch(/at most 90 days/);
  });

  it("reminders are due only for accepted sessions, from their lead time until the window ends", () => {
    const accepted = scheduled({ invitation: "accepted" });
    expect(reminderDue(accepted, "stream", minutes(-10.01), 15)).toBe(false);
    expect(reminderDue(accepted, "stream", minutes(-10), 15)).toBe(true);
    expect(reminderDue(accepted, "email", minutes(-15), 15)).toBe(true);
    expect(reminderDue(accepted, "email", minutes(-15.01), 15)).toBe(false);
    expect(reminderDue(scheduled(), "email", minutes(-5), 15)).toBe(false);
    expect(reminderDue(accepted, "stream", minutes(61), 15)).toBe(false);
  });
});

describe("STATUSES_ENDED_WITH_ACCOUNT (a disabled or deleted account's sessions)", () => {
  it("are exactly the statuses a cancel is allowed from, so each is cancelled through the rules", () => {
    expect([...STATUSES_ENDED_WITH_ACCOUNT].sort()).toEqual(["active", "pending", "scheduled"]);
    for (const status of STATUSES_ENDED_WITH_ACCOUNT) expect(canTransition("cancel", status)).toBe(true);
  });
});

describe("shownActions: the buttons a page shows (allowed actions minus the confusing ones)", () => {
  // Written out by hand: [you ready, other ready] → buttons.
  const active = {
    starter: { "no,no": ["end"], "no,yes": ["join", "end"], "yes,no": ["end"], "yes,yes": ["join", "end"] },
    other: { "no,no": ["ready", "end"], "no,yes": ["ready", "end"], "yes,no": ["end"], "yes,yes": ["join", "end"] },
  } as const;
  const pending = { "no,no": ["start", "ready", "cancel"], "no,yes": ["start", "ready", "cancel"], "yes,no": ["start", "cancel"], "yes,yes": ["start", "cancel"] } as const;
  const word = (flag: boolean) => (flag ? "yes" : "no");
  for (const side of ["initiator", "participant"] as const) {
    const you = side === "initiator" ? A : B;
    const them = side === "initiator" ? B : A;
    for (const youReady of [false, true]) {
      for (const otherReady of [false, true]) {
        const key = `${word(youReady)},${word(otherReady)}` as keyof typeof pending;
        const readiness = side === "initiator" ? { initiatorReady: youReady, participantReady: otherReady } : { initiatorReady: otherReady, participantReady: youReady };
        it(`${side}, you ready ${word(youReady)}, other ready ${word(otherReady)}`, () => {
          expect(shownActions(session({ status: "pending", startedById: null, ...readiness }), side)).toEqual(pending[key]);
          expect(shownActions(session({ status: "active", startedById: you, ...readiness }), side)).toEqual(active.starter[key]);
          expect(shownActions(session({ status: "active", startedById: them, ...readiness }), side)).toEqual(active.other[key]);
          expect(shownActions(session({ status: "completed", startedById: you, ...readiness }), side)).toEqual([]);
        });
      }
    }
  }

  it("pending shows Cancel and never End; active shows End and never Cancel", () => {
    expect(shownActions(session({ status: "pending", startedById: null }), "initiator")).not.toContain("end");
    expect(shownActions(session({ status: "active" }), "initiator")).not.toContain("cancel");
  });

  it("an admin's view is unchanged", () => {
    expect(shownActions(session({ status: "active" }), null)).toEqual(["cancel"]);
  });

  it("ready matters to everyone but the one who started an active meeting", () => {
    expect(readyMatters(session({ status: "active", startedById: A }), "initiator")).toBe(false);
    expect(readyMatters(session({ status: "active", startedById: A }), "participant")).toBe(true);
    expect(readyMatters(session({ status: "pending", startedById: null }), "initiator")).toBe(true);
  });
});
