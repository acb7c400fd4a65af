// The admin user-management API (README, Admin): query strings, bodies and responses.
// Empty filters (`?role=&status=`, as a plain GET form sends them) mean "no filter".
import { z } from "@/lib/zod";
import { cursorParam, queryInteger } from "@/lib/record-id";
import { recordIdValue, timestamp } from "@/lib/api/schemas";
import { AdminActionType, Role, UserStatus } from "@/lib/generated/prisma/enums";

const emptyAsAbsent = (value: unknown) => (value === "" ? undefined : value);
const LIMIT_MESSAGE = "Expected an integer from 1 to 100";
const roles = Object.values(Role) as [string, ...string[]];
const statuses = Object.values(UserStatus) as [string, ...string[]];

const limitParam = z
  .string()
  .regex(/^\d+$/, LIMIT_MESSAGE)
  .transform(Number)
  .pipe(z.number().int().min(1, LIMIT_MESSAGE).max(100, LIMIT_MESSAGE))
  .meta(queryInteger({ minimum: 1, maximum: 100, description: "Page size, 1 to 100 (default 50)." }))
  .optional();

export const adminListUsersQuery = z
  .object({
    q: z.preprocess(
      (value) => (typeof value === "string" ? emptyAsAbsent(value.trim()) : value),
      z.string().max(200, "At most 200 characters").optional().meta({ description: "Any part of the name or email, case-insensitive." }),
    ),
    role: z.preprocess(emptyAsAbsent, z.enum(Role, { error: `Expected one of ${roles.join(", ")}` }).optional()),
    status: z.preprocess(emptyAsAbsent, z.enum(UserStatus, { error: `Expected one of ${statuses.join(", ")}` }).optional()),
    limit: limitParam,
    cursor: cursorParam.optional(),
  })
  .strict();
export type AdminListUsersQuery = z.infer<typeof adminListUsersQuery>;

export const adminActionsQuery = z
  .object({
    user_id: z
      .string()
      .regex(/^[1-9]\d{0,9}$/, "Expected a user id")
      .transform(Number)
      .meta(queryInteger({ minimum: 1, maximum: 2_147_483_647, description: "Only the actions on this user." }))
      .optional(),
    limit: limitParam,
    cursor: cursorParam.optional(),
  })
  .strict();
export type AdminActionsQuery = z.infer<typeof adminActionsQuery>;

export const disableUserBody = z
  .object({ reason: z.string().trim().min(1, "Required").max(500, "At most 500 characters").meta({ description: "Why, 1 to 500 characters: kept in the admin actions log." }) })
  .strict();

export const changeRoleBody = z.object({ role: z.enum(Role, { error: `Expected one of ${roles.join(", ")}` }) }).strict();

const personRef = z.object({ id: recordIdValue, name: z.string() }).meta({ id: "AdminPersonRef" });

export const adminUserResponse = z
  .object({
    id: recordIdValue,
    name: z.string(),
    email: z.string(),
    role: z.enum(Role),
    status: z.enum(UserStatus),
    created_at: timestamp,
    last_seen_at: timestamp.nullable(),
  })
  .meta({ id: "AdminUser" });

export const adminUserListResponse = z.array(adminUserResponse).meta({ description: "Newest first; `Link` rel=next when there is more." });

export const adminUserDetailResponse = adminUserResponse
  .extend({
    friends_count: z.number().int().nonnegative(),
    sessions_count: z.number().int().nonnegative(),
    disabled_reason: z.string().nullable(),
    disabled_at: timestamp.nullable(),
    disabled_by: personRef.nullable(),
  })
  .meta({ id: "AdminUserDetail" });

export const adminActionResponse = z
  .object({
    id: recordIdValue,
    admin: personRef,
    action: z.enum(AdminActionType),
    target_user_id: recordIdValue.nullable(),
    target_user: personRef.nullable().meta({ description: "The user acted on (\"Deleted user\" once they deleted their account)." }),
    target_session_id: recordIdValue.nullable(),
    reason: z.string().nullable(),
    details: z.object({ from: z.enum(Role).optional(), to: z.enum(Role).optional() }).meta({ description: "`role_changed`: the role before and after." }),
    created_at: timestamp,
  })
  .meta({ id: "AdminAction" });

export const adminActionListResponse = z.array(adminActionResponse).meta({ description: "Newest first; `Link` rel=next when there is more." });

export type AdminUserResponse = z.infer<typeof adminUserResponse>;
export type AdminUserDetailResponse = z.infer<typeof adminUserDetailResponse>;
export type AdminActionResponse = z.infer<typeof adminActionResponse>;
