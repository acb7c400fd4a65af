// The four bodiless state changes on /sessions/:id/... (start, ready, end, cancel) share
// one shape: the session id, no body, the domain action, the session as the caller sees it.
import { withUser, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { sessionIdParam } from "@/lib/api/path-id";
import type { Declaration } from "@/lib/api/operation";
import type { Db } from "@/lib/db";
import { sessionResponse } from "@/lib/sessions/schemas";
import { sessionDtoFor, type SessionRow } from "@/lib/sessions/dto";
import { allowedFrom, invalidState, SESSION_STATUSES, type SessionAction as RuleAction } from "@/lib/sessions/rules";
import { sessionExamples } from "@/lib/openapi/examples";

type SessionAction = (options: { db: Db; sessionId: number; user: { id: number; name: string } }) => Promise<SessionRow>;

type Spec = Pick<Declaration, "operationId" | "summary" | "description" | "errors" | "rateLimits"> & {
  action: Exclude<RuleAction, "join">;
  example: keyof typeof sessionExamples;
};

export function sessionActionRoute(spec: Spec, action: SessionAction) {
  // The 409 example: the action tried from a status it is not allowed from.
  const refused = SESSION_STATUSES.find((status) => !allowedFrom(spec.action).includes(status))!;
  return routes({
    POST: withUser(
      {
        operationId: spec.operationId,
        summary: spec.summary,
        description: spec.description,
        tags: ["Sessions"],
        params: sessionIdParam,
        body: "none",
        responses: { 200: { description: "The session as the caller now sees it.", schema: sessionResponse, examples: { [spec.example]: sessionExamples[spec.example] } } },
        errors: ["session_not_found", "not_participant", "invalid_state", ...(spec.errors ?? [])],
        errorExamples: { invalid_state: invalidState(spec.action, refused).message },
        rateLimits: spec.rateLimits,
      },
      async ({ params, user, db }) => json(sessionDtoFor(await action({ db, sessionId: params.id, user }), user.id)),
    ),
  });
}
