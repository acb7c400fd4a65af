// How one operation of the API reference is written: its auth, inputs, success responses
// and the error codes it can answer with. The errors every route shares (auth, CSRF,
// body parsing, path ids) are added from what the operation takes, so an operation
// lists only its own domain's codes.
import { z } from "@/lib/zod";
import type { ZodObjectInput, ZodOpenApiOperationObject, ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { errorResponse } from "@/lib/api/schemas";
import { errorStatus, type ErrorCode } from "@/lib/errors";
import { errorExample } from "@/lib/openapi/examples";

export type Auth = "public" | "user" | "admin";

type Success = {
  description: string;
  /** No schema: the response has no body (204, 304). */
  schema?: z.ZodType;
  /** A Server-Sent Events stream (text/event-stream) instead of JSON. */
  eventStream?: string;
  examples?: Record<string, { summary: string; value: unknown }>;
  headers?: Record<string, { description: string }>;
};

export type OperationSpec = {
  operationId: string;
  summary: string;
  description?: string;
  tags: [string];
  auth: Auth;
  path?: ZodObjectInput;
  query?: ZodObjectInput;
  /** A JSON body; `"none"`: the endpoint takes an empty body or `{}`. */
  body?: z.ZodType | "none";
  bodyExample?: unknown;
  ok: Record<number, Success>;
  errors?: ErrorCode[];
  /** The operation never touches the database (no 503 `service_unavailable`). */
  noDatabase?: boolean;
};

/** What a person reads for each code; the reference shows one example per status. */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  invalid_json: "The request body is not valid JSON.",
  validation_failed: "The request body is invalid.",
  not_authenticated: "Sign in, or send a valid bearer token.",
  csrf_rejected: "Cross-site request refused.",
  not_found: "No such endpoint.",
  payload_too_large: "The request body is larger than 64 KiB.",
  unsupported_media_type: "Send the body as application/json.",
  invalid_state: "The session is active; only a pending session can be started.",
  not_participant: "You are not part of this session.",
  session_not_found: "No such session.",
  not_friends: "Sessions are only possible between friends.",
  open_session_exists: "You already have an open session with this friend.",
  cannot_join_yet: "You cannot join this session yet.",
  rate_limited: "Too many attempts. Try again in 15 minutes.",
  provider_rate_limited: "The video provider is busy. Try again in a minute.",
  service_unavailable: "The service is temporarily unavailable. Try again shortly.",
};

const EXTRAS: Partial<Record<ErrorCode, Omit<z.infer<typeof errorResponse>["error"], "code" | "message">>> = {
  validation_failed: { fields: { participant_id: "Expected a positive integer" } },
  open_session_exists: { session_id: 7 },
  cannot_join_yet: { reason: "mark_yourself_ready" },
};

const WRITES = new Set(["post", "put", "patch", "delete"]);

function sharedErrors(method: string, spec: OperationSpec): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (spec.auth !== "public") codes.push("not_authenticated");
  if (spec.auth !== "public" && WRITES.has(method)) codes.push("csrf_rejected");
  // Admin paths answer anyone else exactly as an unknown path does.
  if (spec.auth === "admin" || spec.path) codes.push("not_found");
  if (spec.body) codes.push("invalid_json", "validation_failed", "payload_too_large", "unsupported_media_type");
  if (spec.query) codes.push("validation_failed");
  // Any route that reads the database answers 503 (with Retry-After) while it cannot be reached (README, Operations).
  if (!spec.noDatabase) codes.push("service_unavailable");
  return codes;
}

function errorResponses(codes: ErrorCode[]): Record<string, ZodOpenApiResponseObject> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = errorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: `\`error.code\`: ${list.map((code) => `\`${code}\``).join(", ")}`,
        ...(status === 429 || status === 503 ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } } : {}),
        content: {
          "application/json": {
            schema: errorResponse,
            examples: Object.fromEntries(list.map((code) => [code, { value: errorExample(code, MESSAGES[code] ?? `Example: ${code}.`, EXTRAS[code]) }])),
          },
        },
      },
    ]),
  );
}

const SIGNED_IN: Record<string, string[]>[] = [{ cookieAuth: [] }, { bearerAuth: [] }];
const SECURITY: Record<Auth, Record<string, string[]>[]> = { public: [], user: SIGNED_IN, admin: SIGNED_IN };

export function operation(method: string, spec: OperationSpec): ZodOpenApiOperationObject {
  const body = spec.body === "none" ? z.object({}).strict().meta({ description: "No fields: send nothing, or `{}`." }) : spec.body;
  const ok: Record<string, ZodOpenApiResponseObject> = Object.fromEntries(
    Object.entries(spec.ok).map(([status, success]) => [
      status,
      {
        description: success.description,
        ...(success.headers ? { headers: Object.fromEntries(Object.entries(success.headers).map(([name, header]) => [name, { ...header, schema: { type: "string" as const } }])) } : {}),
        ...(success.schema ? { content: { "application/json": { schema: success.schema, ...(success.examples ? { examples: success.examples } : {}) } } } : {}),
        ...(success.eventStream ? { content: { "text/event-stream": { schema: z.string().meta({ description: success.eventStream }) } } } : {}),
      },
    ]),
  );
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: spec.tags,
    security: SECURITY[spec.auth],
    ...(spec.path || spec.query ? { requestParams: { ...(spec.path ? { path: spec.path } : {}), ...(spec.query ? { query: spec.query } : {}) } } : {}),
    ...(body
      ? {
          requestBody: {
            required: spec.body !== "none",
            content: { "application/json": { schema: body, ...(spec.bodyExample !== undefined ? { example: spec.bodyExample } : {}) } },
          },
        }
      : {}),
    responses: { ...ok, ...errorResponses([...sharedErrors(method, spec), ...(spec.errors ?? [])]) } as ZodOpenApiResponsesObject,
  };
}

/** A path parameter holding a record id. */
export function idParam(name: string, description: string) {
  return z.object({ [name]: z.string().regex(/^[1-9]\d{0,9}$/).meta({ description: `${description} Anything but a positive integer is a 404.`, example: "7" }) });
}
