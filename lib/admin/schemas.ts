// Query strings of the admin API. Filters left empty (`?status=&q=`, as a plain GET form
// sends them) mean "no filter"; anything else that does not parse is a 400 with `fields`.
import { z } from "@/lib/zod";
import { cursorParam, queryInteger } from "@/lib/record-id";
import { recordIdValue, timestamp } from "@/lib/api/schemas";
import { sessionResponse, sessionStatusValues } from "@/lib/sessions/schemas";
import { AUDIT_EVENT_TYPES, SESSION_STATUSES, type AuditEventTypeValue } from "@/lib/sessions/rules";

const auditEventTypes = AUDIT_EVENT_TYPES;
export type { AuditEventTypeValue };

const emptyAsAbsent = (value: unknown) => (value === "" ? undefined : value);

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time must say which instant it means: `Z` or an offset, never local time.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const DATE_MESSAGE = "Expected a date (YYYY-MM-DD) or an ISO 8601 date-time with a time zone";

/** A calendar day (UTC) or an exact instant, as given in `created_from` / `created_to`. */
type DateBound = { kind: "day"; start: Date; nextDay: Date } | { kind: "instant"; at: Date };

/** Midnight UTC of a real calendar day, or null (Date.UTC rolls 2025-02-30 over to March). */
function calendarDay(text: string): Date | null {
  const match = DATE_ONLY.exec(text);
  if (!match) return null;
  const start = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return start.toISOString().slice(0, 10) === text ? start : null;
}

function parseDateBound(raw: string): DateBound | null {
  if (DATE_ONLY.test(raw)) {
    const start = calendarDay(raw);
    return start ? { kind: "day", start, nextDay: new Date(start.getTime() + 86_400_000) } : null;
  }
  if (!DATE_TIME.test(raw) || !calendarDay(raw.slice(0, 10))) return null;
  const at = new Date(raw);
  return Number.isNaN(at.getTime()) ? null : { kind: "instant", at };
}

const dateBound = z.preprocess(
  emptyAsAbsent,
  z
    .string()
    .max(40, DATE_MESSAGE)
    .transform((raw, ctx) => {
      const bound = parseDateBound(raw.trim());
      if (!bound) {
        ctx.addIssue({ code: "custom", message: DATE_MESSAGE });
        return z.NEVER;
      }
      return bound;
    })
    .optional(),
);

/** The first instant a `created_from` bound lets through (inclusive). */
export function lowerInstant(bound: DateBound): Date {
  return bound.kind === "day" ? bound.start : bound.at;
}

/** Prisma's condition for a `created_to` bound: a whole day is inclusive up to its end. */
export function upperCondition(bound: DateBound): { lt: Date } | { lte: Date } {
  return bound.kind === "day" ? { lt: bound.nextDay } : { lte: bound.at };
}

const LIMIT_MESSAGE = "Expected an integer from 1 to 100";

export const adminListSessionsQuery = z
  .object({
    status: z.preprocess(emptyAsAbsent, z.enum(sessionStatusValues, { error: `Expected one of ${SESSION_STATUSES.join(", ")}` }).optional()),
    created_from: dateBound,
    created_to: dateBound,
    q: z.preprocess(
      (value) => (typeof value === "string" ? emptyAsAbsent(value.trim()) : value),
      z.string().max(200, "At most 200 characters").optional(),
    ),
    limit: z
      .string()
      .regex(/^\d+$/, LIMIT_MESSAGE)
      .transform(Number)
      .pipe(z.number().int().min(1, LIMIT_MESSAGE).max(100, LIMIT_MESSAGE))
      .meta(queryInteger({ minimum: 1, maximum: 100, description: "Page size, 1 to 100." }))
      .optional(),
    cursor: cursorParam.optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.created_from && query.created_to) {
      const from = lowerInstant(query.created_from);
      const to = upperCondition(query.created_to);
      const empty = "lt" in to ? from >= to.lt : from > to.lte;
      if (empty) ctx.addIssue({ code: "custom", path: ["created_to"], message: "Must not be before created_from" });
    }
  });

export type AdminListSessionsQuery = z.infer<typeof adminListSessionsQuery>;

export const adminAuditLogsQuery = z
  .object({
    event_type: z.preprocess(emptyAsAbsent, z.enum(auditEventTypes, { error: `Expected one of ${auditEventTypes.join(", ")}` }).optional()),
  })
  .strict();

export type AdminAuditLogsQuery = z.infer<typeof adminAuditLogsQuery>;

// Responses.

const adminPersonResponse = z.object({ id: recordIdValue, name: z.string(), email: z.string() }).meta({ id: "AdminPerson" });

const adminSessionResponse = sessionResponse
  .extend({ initiator: adminPersonResponse, participant: adminPersonResponse })
  .meta({ id: "AdminSession", description: "Never the meeting URL or password; `allowed_actions` is at most `cancel`." });

export const adminSessionListResponse = z.array(adminSessionResponse).meta({ description: "Newest first; `Link` rel=next when there is more." });

const JOIN_TOKEN_STATES = ["used", "revoked", "expired", "unused"] as const;

const adminJoinTokenResponse = z
  .object({
    id: recordIdValue,
    hash_prefix: z.string().meta({ description: "The first 12 hex characters of the token's SHA-256." }),
    owner: adminPersonResponse,
    state: z.enum(JOIN_TOKEN_STATES),
    created_at: timestamp,
    expires_at: timestamp,
    used_at: timestamp.nullable(),
    revoked_at: timestamp.nullable(),
  })
  .meta({ id: "AdminJoinToken" });

export const adminSessionDetailResponse = adminSessionResponse.extend({ join_tokens: z.array(adminJoinTokenResponse) }).meta({ id: "AdminSessionDetail" });

export type AdminPersonResponse = z.infer<typeof adminPersonResponse>;
export type AdminSessionResponse = z.infer<typeof adminSessionResponse>;
export type AdminJoinTokenResponse = z.infer<typeof adminJoinTokenResponse>;
export type AdminSessionDetailResponse = z.infer<typeof adminSessionDetailResponse>;
export type JoinTokenState = (typeof JOIN_TOKEN_STATES)[number];
