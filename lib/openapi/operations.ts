// One operation of the API reference, from what its route declares (lib/api/operation.ts):
// its auth, inputs, success responses, rate limits and the error codes it can answer
// with. The errors every route shares (auth, CSRF, body parsing, path ids) are added from
// what the operation takes; every error example carries the message the API really sends.
import { z } from "@/lib/zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { errorResponse, noFields } from "@/lib/api/schemas";
import { validate } from "@/lib/api/body";
import { AppError, errorMessage, errorStatus, type ErrorCode } from "@/lib/errors";
import type { Declaration } from "@/lib/api/operation";
import type { Auth, DeclaredHandler } from "@/lib/api/route";
import { errorExample } from "@/lib/openapi/examples";
import { rateLimit } from "@/lib/openapi/rate-limits";

type ErrorBody = z.infer<typeof errorResponse>["error"];
type Example = { summary?: string; value: { error: ErrorBody } };

const WRITES = new Set(["post", "put", "patch", "delete"]);

function sharedErrors(method: string, auth: Auth, d: Declaration): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (auth !== "public") codes.push("not_authenticated");
  if (auth !== "public" && WRITES.has(method)) codes.push("csrf_rejected");
  // Admin paths answer anyone else exactly as an unknown path does.
  if (auth === "admin" || d.params) codes.push("not_found");
  if (d.body) codes.push(...(d.form ? [] : (["invalid_json"] as const)), "validation_failed", "payload_too_large", "unsupported_media_type");
  if (d.query) codes.push("validation_failed");
  if (d.rateLimits?.length) codes.push("rate_limited");
  // Any route that reads the database answers 503 (with Retry-After) while it cannot be reached (README, Operations).
  if (d.db !== "none" || auth !== "public") codes.push("service_unavailable");
  return codes;
}

/**
 * The 400 this operation's own input gets: its schema run on inputs that break it, so
 * the example names one of its fields and says what the API says.
 */
function validationExample(d: Declaration): ErrorBody {
  const schema = d.body && d.body !== "none" && !d.rawBody ? d.body : d.query;
  const what = schema === d.query ? "query string" : "request body";
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};
  const names = Object.keys(shape);
  const attempts: unknown[] = [{}, ...names.flatMap((name) => [{ [name]: "not valid!" }, { [name]: -1 }, { [name]: "" }])];
  for (const input of attempts) {
    try {
      validate(schema ?? noFields, input, what);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const fields = Object.fromEntries(Object.entries((error.extra.fields ?? {}) as Record<string, string>).filter(([field]) => names.includes(field)));
      if (Object.keys(fields).length > 0) return { code: "validation_failed", message: error.message, fields };
    }
  }
  // A body with no fields (`"none"`): the only way to break it is a field it does not take.
  return { code: "validation_failed", message: errorMessage("validation_failed"), fields: { unknown_field: "Unknown field" } };
}

const EXTRAS: Partial<Record<ErrorCode, Omit<ErrorBody, "code" | "message">>> = {
  open_session_exists: { session_id: 7 },
  cannot_join_yet: { reason: "mark_yourself_ready" },
};

function examplesFor(code: ErrorCode, auth: Auth, d: Declaration): Record<string, Example> {
  const plain = (message: string, summary?: string): Example => ({ ...(summary ? { summary } : {}), value: errorExample(code, message, EXTRAS[code]) });
  if (code === "validation_failed") return { validation_failed: { value: { error: validationExample(d) } } };
  if (code === "not_found") {
    const examples: Record<string, Example> = {};
    if (auth === "admin") examples.not_found = plain(errorMessage("not_found"), "Not an admin: the answer any unknown path gets");
    for (const [name, id] of Object.entries(d.params ?? {})) examples[`not_found_${name}`] = plain(`No such ${id.what}.`, `No ${id.what} with that \`${name}\``);
    if (d.errors?.includes("not_found")) examples.not_found ??= plain(d.errorExamples?.not_found ?? errorMessage("not_found"));
    return examples;
  }
  if (code === "rate_limited" && d.rateLimits?.length) {
    return Object.fromEntries(d.rateLimits.map((name) => [`rate_limited_${name}`, plain(rateLimit(name).example)]));
  }
  return { [code]: plain(d.errorExamples?.[code] ?? errorMessage(code)) };
}

const RETRY_AFTER = { "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer" as const, minimum: 1 } } };

function errorResponses(codes: ErrorCode[], auth: Auth, d: Declaration): Record<string, ZodOpenApiResponseObject> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = errorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => {
      const limits = status === 429 && d.rateLimits?.length ? ` ${d.rateLimits.map((name) => rateLimit(name).sentence).join(" ")}` : "";
      return [
        String(status),
        {
          description: `\`error.code\`: ${list.map((code) => `\`${code}\``).join(", ")}.${limits}`,
          ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
          content: { "application/json": { schema: errorResponse, examples: Object.assign({}, ...list.map((code) => examplesFor(code, auth, d))) } },
        },
      ];
    }),
  );
}

// Bearer first: it is what a client outside the browser can get (POST /auth/token), so
// examples and "Try it" default to it; the cookie is the browser's own.
const SIGNED_IN: Record<string, string[]>[] = [{ bearerAuth: [] }, { cookieAuth: [] }];
const SECURITY: Record<Auth, Record<string, string[]>[]> = { public: [], user: SIGNED_IN, admin: SIGNED_IN };

const ETAG_HEADERS = {
  ETag: { description: "A weak entity tag of this answer: send it back as `If-None-Match`.", schema: { type: "string" as const } },
  "Cache-Control": { description: "`no-cache`: revalidate every time (cheaply, with `If-None-Match`).", schema: { type: "string" as const } },
};

function successResponses(d: Declaration): Record<string, ZodOpenApiResponseObject> {
  const ok: Record<string, ZodOpenApiResponseObject> = Object.fromEntries(
    Object.entries(d.responses).map(([status, success]) => [
      status,
      {
        description: success.description,
        ...(success.headers || d.etag
          ? {
              headers: {
                ...Object.fromEntries(Object.entries(success.headers ?? {}).map(([name, header]) => [name, { ...header, schema: { type: "string" as const } }])),
                ...(d.etag ? ETAG_HEADERS : {}),
              },
            }
          : {}),
        ...(success.schema ? { content: { "application/json": { schema: success.schema, ...(success.examples ? { examples: success.examples } : {}) } } } : {}),
        ...(success.eventStream ? { content: { "text/event-stream": { schema: success.eventStream } } } : {}),
        ...(success.calendar ? { content: { "text/calendar": { schema: { type: "string" as const, description: "An iCalendar (RFC 5545) file." } } } } : {}),
      },
    ]),
  );
  if (d.etag) ok["304"] = { description: "Not modified: the `If-None-Match` you sent matches the current answer. No body.", headers: ETAG_HEADERS };
  return ok;
}

const ifNoneMatch = z.object({
  "If-None-Match": z
    .string()
    .optional()
    .meta({ description: "The `ETag` of the answer you have: an unchanged answer is a 304 with no body (weak comparison; `*` matches any).", examples: ['W/"pZ0bX1m8nE3yJd7kq2VtR5sLwAa"'] }),
});

function describe(d: Declaration): string {
  const limits = (d.rateLimits ?? []).map((name) => rateLimit(name).sentence);
  return [d.description, ...(limits.length ? [`**Rate limits** (429 \`rate_limited\` with \`Retry-After\`): ${limits.join(" ")}`] : [])].join("\n\n");
}

export function operation(method: string, handler: DeclaredHandler): ZodOpenApiOperationObject {
  const { declaration: d, auth } = handler;
  const body = d.body === "none" ? noFields : d.body;
  const path = d.params ? z.object(Object.fromEntries(Object.entries(d.params).map(([name, id]) => [name, id.schema]))) : undefined;
  const requestParams = {
    ...(path ? { path } : {}),
    ...(d.query ? { query: d.query } : {}),
    ...(d.etag ? { header: ifNoneMatch } : {}),
  };
  return {
    operationId: d.operationId,
    summary: d.summary,
    description: describe(d),
    tags: d.tags,
    security: SECURITY[auth],
    ...(Object.keys(requestParams).length ? { requestParams } : {}),
    ...(body
      ? {
          requestBody: {
            required: d.body !== "none",
            content: { [d.form ? "application/x-www-form-urlencoded" : "application/json"]: { schema: body, ...(d.bodyExample !== undefined ? { example: d.bodyExample } : {}) } },
          },
        }
      : {}),
    responses: { ...successResponses(d), ...errorResponses([...sharedErrors(method, auth, d), ...(d.errors ?? [])], auth, d) } as ZodOpenApiResponsesObject,
    ...(d.rateLimits?.length ? { "x-rate-limit": d.rateLimits.map((name) => rateLimit(name).description) } : {}),
  };
}
