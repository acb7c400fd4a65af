import { describe, expect, it } from "vitest";
import { matchParticipant } from "@/lib/zoom-webhooks/match-participant";
import { webhookEventKey } from "@/lib/zoom-webhooks/event-key";

const alice = { id: 1, name: "Alice Liddell", email: "alice@example.test" };
const bob = { id: 2, name: "Bob", email: "bob@example.test" };

describe("matchParticipant", () => {
  it.each([
    ["email, any case", { email: "ALICE@example.test", user_name: "whoever" }, alice],
    ["email wins over name", { email: "bob@example.test", user_name: "Alice Liddell" }, bob],
    ["name when no email", { user_name: " alice liddell " }, alice],
    ["name when the email is someone else's", { email: "stranger@example.test", user_name: "Bob" }, bob],
    ["nobody for an unknown name", { user_name: "Mallory" }, null],
    ["nobody without name or email", {}, null],
  ])("%s", (_label, participant, expected) => {
    expect(matchParticipant(participant, [alice, bob])).toEqual(expected);
  });

  it("the registrant id wins over email and name", () => {
    const registrants = [{ userId: 1, registrantId: "reg-alice" }, { userId: 2, registrantId: "reg-bob" }];
    expect(matchParticipant({ registrant_id: "reg-bob", user_name: "Alice Liddell", email: "alice@example.test" }, [alice, bob], registrants)).toEqual(bob);
    expect(matchParticipant({ registrant_id: "reg-alice", user_name: "iPhone" }, [alice, bob], registrants)).toEqual(alice);
    // An unknown registrant falls back to the other clues.
    expect(matchParticipant({ registrant_id: "reg-other", user_name: "Bob" }, [alice, bob], registrants)).toEqual(bob);
  });

  it("nobody when both people have the name", () => {
    expect(matchParticipant({ user_name: "Sam" }, [{ ...alice, name: "Sam" }, { ...bob, name: "Sam" }])).toBeNull();
  });
});

describe("webhookEventKey", () => {
  const payload = (participant: Record<string, string>) => ({ object: { id: "123", uuid: "u==", participant } });

  it("is the same for a repeated delivery and differs for another event", () => {
    const join = webhookEventKey({ event: "meeting.participant_joined", eventTs: 1, payload: payload({ participant_uuid: "p1", join_time: "t1" }) });
    expect(webhookEventKey({ event: "meeting.participant_joined", eventTs: 1, payload: payload({ participant_uuid: "p1", join_time: "t1" }) })).toBe(join);
    expect(webhookEventKey({ event: "meeting.participant_left", eventTs: 1, payload: payload({ participant_uuid: "p1", join_time: "t1" }) })).not.toBe(join);
    expect(webhookEventKey({ event: "meeting.participant_joined", eventTs: 1, payload: payload({ participant_uuid: "p2", join_time: "t1" }) })).not.toBe(join);
    expect(webhookEventKey({ event: "meeting.participant_joined", eventTs: 2, payload: payload({ participant_uuid: "p1", join_time: "t2" }) })).not.toBe(join);
  });
});
