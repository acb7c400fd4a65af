// Shapes every endpoint shares: ids, timestamps and the one error body (README, API).
import { z } from "@/lib/zod";
import { errorStatus, type ErrorCode } from "@/lib/errors";
import { JOIN_BLOCKED_REASONS } from "@/lib/sessions/rules";

export const recordIdValue = z.number().int().positive().meta({ description: "A record id (a positive 32-bit integer).", examples: [42] });

/** ISO-8601 in UTC with a `Z`, as `Date.toISOString()` writes it. */
export const timestamp = z.iso.datetime().meta({ examples: ["2026-11-27T10:15:00.000Z"] });

const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

export const errorResponse = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string().meta({ description: "For people; clients branch on `code`." }),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "Validation errors: field name → what is wrong.", examples: [{ participant_id: "Expected a positive integer" }] }),
      session_id: z.number().int().nullable().optional().meta({ description: "`open_session_exists`: the pair's open session." }),
      reason: z
        .enum([...JOIN_BLOCKED_REASONS, "account_disabled", "password_changed", "signed_out_everywhere", "role_changed"])
        .nullable()
        .optional()
        .meta({
          description:
            "`cannot_join_yet`: why not. `not_authenticated`: why a credential that used to work ended: `account_disabled` (an admin disabled the account), `password_changed`, `signed_out_everywhere`, `role_changed` (an admin changed the role).",
        }),
    }),
  })
  .meta({ id: "Error", description: "Every error, whatever the status." });

export type ErrorResponse = z.infer<typeof errorResponse>;

/** The body of an operation that takes none: nothing, or `{}`. */
export const noFields = z.object({}).strict().meta({ description: "No fields: send nothing, or `{}`." });
