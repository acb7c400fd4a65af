import { describe, expect, it } from "vitest";
import { canTransition, isWaitingFor, joinEligibility, nextStatus, sideOf, type SessionFacts, type SessionStatus } from "@/lib/sessions/rules";

const A = 1;
const B = 2;

function session(overrides: Partial<SessionFacts> = {}): SessionFacts {
  return { status: "active", initiatorId: A, participantId: B, startedById: A, initiatorReady: false, participantReady: false, ...overrides };
}

describe("transitions", () => {
  const statuses: SessionStatus[] = ["pending", "active", "completed", "cancelled"];
  const table = {
    start: { pending: "active", active: null, completed: null, cancelled: null },
    ready: { pending: "pending", active: "active", completed: null, cancelled: null },
    end: { pending: null, active: "completed", completed: null, cancelled: null },
    cancel: { pending: "cancelled", active: "cancelled", completed: null, cancelled: null },
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

describe("sideOf", () => {
  it("names the initiator, the participant, or nobody", () => {
    expect(sideOf(session(), A)).toBe("initiator");
    expect(sideOf(session(), B)).toBe("participant");
    expect(sideOf(session(), 3)).toBeNull();
  });
});

describe("join eligibility (CONTRACT §6)", () => {
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

  it("the seed's example flow: B ready lets A in, then A ready lets B in", () => {
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
