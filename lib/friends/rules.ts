// The friend-request state machine (README, Friends). Pure: no I/O. A request is sent
// `pending`; only a pending request is answered, once: the recipient accepts or declines
// it, the sender withdraws it. Every use case in lib/friends takes its check and its next
// status from here, and the queries their status filters.
import { FriendRequestStatus } from "@/lib/generated/prisma/enums";
import type { ErrorCode } from "@/lib/errors";

export type FriendRequestStatusValue = (typeof FriendRequestStatus)[keyof typeof FriendRequestStatus];

/** The one list of statuses: the Prisma schema's enum. */
export const FRIEND_REQUEST_STATUSES = Object.values(FriendRequestStatus) as [FriendRequestStatusValue, ...FriendRequestStatusValue[]];

/** The status a request is sent in, and the only one it can be answered from. */
export const PENDING_REQUEST = FriendRequestStatus.pending;

export const REQUEST_ANSWERS = ["accept", "decline", "withdraw"] as const;
export type RequestAnswer = (typeof REQUEST_ANSWERS)[number];

type RequestRefusal = Extract<ErrorCode, "not_recipient" | "not_sender" | "request_not_pending">;

type Rule = {
  /** Who may give the answer. */
  by: "recipient" | "sender";
  /** The status it leads to. */
  to: FriendRequestStatusValue;
};

const RULES: Record<RequestAnswer, Rule> = {
  accept: { by: "recipient", to: FriendRequestStatus.accepted },
  decline: { by: "recipient", to: FriendRequestStatus.declined },
  withdraw: { by: "sender", to: FriendRequestStatus.withdrawn },
};

/** What the checks read of a request (a FriendRequestRow has it). */
type RequestFacts = { status: FriendRequestStatusValue; fromUser: { id: number }; toUser: { id: number } };

export function isPending(status: FriendRequestStatusValue): boolean {
  return status === PENDING_REQUEST;
}

/** The status an answer moves a pending request to. */
export function statusAfter(answer: RequestAnswer): FriendRequestStatusValue {
  return RULES[answer].to;
}

/** An accepted request is a friendship: the two see each other's email (README, Browser security and privacy). */
export function makesFriends(status: FriendRequestStatusValue): boolean {
  return status === RULES.accept.to;
}

/**
 * A declined request cannot be sent again to the same person for a while (README, Abuse
 * limits): the status the cooldown looks for.
 */
export const COOLDOWN_STATUS = RULES.decline.to;

/**
 * Why `userId` may not give `answer` to the request, or null when they may. Who may act
 * is checked first: someone else's request says nothing about its status.
 */
export function refusalOf(answer: RequestAnswer, request: RequestFacts, userId: number): RequestRefusal | null {
  const actor = RULES[answer].by === "recipient" ? request.toUser.id : request.fromUser.id;
  if (actor !== userId) return RULES[answer].by === "recipient" ? "not_recipient" : "not_sender";
  if (!isPending(request.status)) return "request_not_pending";
  return null;
}
