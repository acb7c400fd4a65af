// Accept and decline (POST /friends/requests/:id/accept|decline) share one shape: the
// recipient answers a pending request, no body, and gets the request back.
import { withUser } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { pathId } from "@/lib/api/path-id";
import type { Db } from "@/lib/db";
import { messages } from "@/lib/errors";
import { friendRequestResponse } from "@/lib/friends/schemas";
import { friendRequestDto, type FriendRequestRow } from "@/lib/friends/dto";
import { friendRequestExamples } from "@/lib/openapi/examples";

export const friendRequestIdParam = { id: pathId("friend request", "The request's id.") };

type Answer = (options: { db: Db; requestId: number; userId: number }) => Promise<FriendRequestRow>;

type Spec = { operationId: string; summary: string; ok: string; answered: "accepted" | "declined" };

export function respondToRequestRoute(spec: Spec, answer: Answer) {
  const example = spec.answered === "declined" ? friendRequestExamples.accepted : friendRequestExamples.declined;
  return withUser(
    {
      operationId: spec.operationId,
      summary: spec.summary,
      description: "Only the recipient, only while the request is pending. Both people's open event streams get `friend_request.updated`.",
      tags: ["Friends"],
      params: friendRequestIdParam,
      body: "none",
      responses: { 200: { description: spec.ok, schema: friendRequestResponse, examples: { answered: { summary: "The request afterwards", value: example } } } },
      errors: ["not_recipient", "request_not_found", "request_not_pending"],
      errorExamples: { request_not_pending: messages.requestNotPending(spec.answered) },
    },
    async ({ params, user, db }) => json(friendRequestDto(await answer({ db, requestId: params.id, userId: user.id }), user)),
  );
}
