import { describe, expect, it } from "vitest";
import { freshFinishByOther, freshStarter } from "@/components/live/session-news";
import type { SessionResponse } from "@/lib/sessions/schemas";

const alice = { id: 1, name: "Alice" };
const bob = { id: 2, name: "Bob" };
const now = Date.parse("2026-12-06T14:00:00Z");
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();
const session = (over: Partial<SessionResponse>) => ({ initiator: alice, participant: bob, started_by: 1, started_at: ago(5), waiting_for_you: true, summary: null, ...over }) as SessionResponse;
const cancelled = (by: typeof alice, reason = "cancelled", at = ago(3)) =>
  session({ status: "cancelled", waiting_for_you: false, summary: { finished_by: by, reason, finished_at: at, held: false, duration_seconds: null, joined: [] } as SessionResponse["summary"] });

describe("session news", () => {
  it("a fresh start by the other person that waits for you", () => {
    expect(freshStarter(session({}), 2, now)).toEqual(alice);
    expect(freshStarter(session({ waiting_for_you: false }), 2, now)).toBeNull();
    expect(freshStarter(session({ started_at: ago(600) }), 2, now)).toBeNull();
  });

  it("the other person's fresh cancel (or decline) is news; your own, an old one or an unfriending is not", () => {
    expect(freshFinishByOther(cancelled(alice), 2, now)).toEqual({ name: "Alice", verb: "cancelled" });
    expect(freshFinishByOther(cancelled(alice, "declined"), 2, now)).toEqual({ name: "Alice", verb: "declined" });
    expect(freshFinishByOther(cancelled(bob), 2, now)).toBeNull();
    expect(freshFinishByOther(cancelled(alice, "cancelled", ago(600)), 2, now)).toBeNull();
    expect(freshFinishByOther(cancelled(alice, "unfriended"), 2, now)).toBeNull();
  });
});
