// What a route declares about each operation it serves, once, beside its handler: the
// wrapper (lib/api/route.ts) parses the inputs from it, and the API reference
// (lib/openapi/document.ts) is collected from it.
import { z } from "@/lib/zod";
import type { ErrorCode } from "@/lib/errors";
import type { RateLimitName } from "@/lib/openapi/rate-limits";

export type Tag = "Accounts" | "Friends" | "Chat" | "Sessions" | "Live" | "Admin" | "Webhooks" | "Reference" | "Operations";

/** A path segment holding a record id; anything else is a 404 "No such <what>." */
export type PathId = { what: string; schema: z.ZodNumber | z.ZodString; /** A text segment handed over as is (the handler checks it), not a record id. */ text?: true };

type Success = {
  description: string;
  /** No schema: the response has no body (204). */
  schema?: z.ZodType;
  /** A Server-Sent Events stream (text/event-stream) instead of JSON. */
  eventStream?: z.ZodType;
  /** An iCalendar file (text/calendar) instead of JSON. */
  calendar?: true;
  examples?: Record<string, { summary: string; value: unknown }>;
  headers?: Record<string, { description: string }>;
};

export type Declaration = {
  operationId: string;
  summary: string;
  description: string;
  tags: [Tag];
  params?: Record<string, PathId>;
  /** A query string of string fields (parsed into `query`). */
  query?: z.ZodObject;
  /** A JSON body (parsed into `body`); `"none"`: nothing, or `{}`. */
  body?: z.ZodType | "none";
  /** The body is a form (`application/x-www-form-urlencoded` or `multipart/form-data`), not JSON. */
  form?: true;
  /** The handler reads the body itself (e.g. to check a signature over its bytes); `body` only documents it. */
  rawBody?: true;
  bodyExample?: unknown;
  responses: Record<number, Success>;
  /** The operation's own error codes; those of auth, CSRF, parsing and path ids are added. */
  errors?: ErrorCode[];
  /** Error examples whose message depends on the case (the default message is used otherwise). */
  errorExamples?: Partial<Record<ErrorCode, string>>;
  /** The abuse limits the operation counts against (README, Abuse limits). */
  rateLimits?: RateLimitName[];
  /** Served with an ETag; `If-None-Match` gets a 304. */
  etag?: true;
  /**
   * Default: the wrapper opens the database and passes `db`. `"lazy"`: the handler opens
   * it itself, if it gets that far. `"none"`: never touches it (no 503 documented).
   */
  db?: "lazy" | "none";
  /** Not logged per request (health checks). */
  quiet?: true;
};

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

/** What a handler gets, derived from its declaration. */
export type Inputs<D extends Declaration> = {
  params: { [K in keyof D["params"]]: number };
  query: Infer<D["query"]>;
  body: Infer<D["body"]>;
};
