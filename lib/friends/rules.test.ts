import { describe, expect, it } from "vitest";
import {
  COOLDOWN_STATUS,
  FRIEND_REQUEST_STATUSES,
  PENDING_REQUEST,
  REQUEST_ANSWERS,
  isPending,
  makesFriends,
  refusalOf,
  statusAfter,
  type FriendRequestStatusValue,
  type RequestAnswer,
} from "@/lib/friends/rules";

const SENDER = 1;
const RECIPIENT = 2;
const STRANGER = 3;
const request = (status: FriendRequestStatusValue) => ({ status, fromUser: { id: SENDER }, toUser: { id: RECIPIENT } });

describe("friend request rules", () => {
  it("the statuses are the Prisma enum's, and a request starts pending", () => {
    expect(FRIEND_REQUEST_STATUSES).toEqual(["pending", "accepted", "declined", "withdrawn"]);
    expect(PENDING_REQUEST).toBe("pending");
    expect(FRIEND_REQUEST_STATUSES.filter(isPending)).toEqual(["pending"]);
  });

  it("each answer leads to its status; only accepting makes friends; the cooldown follows a decline", () => {
    expect(Object.fromEntries(REQUEST_ANSWERS.map((answer) => [answer, statusAfter(answer)]))).toEqual({ accept: "accepted", decline: "declined", withdraw: "withdrawn" });
    expect(FRIEND_REQUEST_STATUSES.filter(makesFriends)).toEqual(["accepted"]);
    expect(COOLDOWN_STATUS).toBe("declined");
  });

  // Every answer, by every person, from every status: who may act is checked before the status.
  const table: Record<RequestAnswer, Record<"sender" | "recipient" | "stranger", "ok" | "not_recipient" | "not_sender">> = {
    accept: { sender: "not_recipient", recipient: "ok", stranger: "not_recipient" },
    decline: { sender: "not_recipient", recipient: "ok", stranger: "not_recipient" },
    withdraw: { sender: "ok", recipient: "not_sender", stranger: "not_sender" },
  };
  const people = { sender: SENDER, recipient: RECIPIENT, stranger: STRANGER };
  for (const answer of REQUEST_ANSWERS) {
    for (const [who, userId] of Object.entries(people) as [keyof typeof people, number][]) {
      for (const status of FRIEND_REQUEST_STATUSES) {
        const allowedActor = table[answer][who];
        const expected = allowedActor !== "ok" ? allowedActor : status === "pending" ? null : "request_not_pending";
        it(`${answer} by the ${who} of a ${status} request: ${expected ?? "allowed"}`, () => {
          expect(refusalOf(answer, request(status), userId)).toBe(expected);
        });
      }
    }
  }
});
