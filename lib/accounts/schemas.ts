import { z } from "@/lib/zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/accounts/password-rules";
import { Role } from "@/lib/generated/prisma/enums";
import { recordIdValue } from "@/lib/api/schemas";

const emailField = z
  .string()
  .trim()
  .max(254, "At most 254 characters")
  .pipe(z.email("Expected an email address"))
  .transform((email) => email.toLowerCase())
  .meta({ override: { type: "string", format: "email", maxLength: 254, description: "Compared case-insensitively (stored in lower case)." } });

/** The length rule for a new password; its strength is judged in password-strength.ts. */
const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `At least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `At most ${PASSWORD_MAX_LENGTH} characters`)
  .meta({
    description: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, judged strong enough by a password strength estimator (zxcvbn-ts: not a common password, pattern or phrase), and containing no part of your name or of your email's local part. A refused password is a 400 \`validation_failed\` whose \`fields\` entry says why and what would help.`,
  });

const currentPasswordField = z.string().min(1, "Required").max(PASSWORD_MAX_LENGTH, `At most ${PASSWORD_MAX_LENGTH} characters`);

/** A display name: refused when too long, never cut. */
const nameField = z.string().trim().min(1, "Required").max(80, "At most 80 characters").meta({ description: "1 to 80 characters (after trimming); a longer one is refused, never cut." });

export const registerBody = z
  .object({
    email: emailField,
    password: newPasswordField,
    name: nameField,
    invite: z
      .string()
      .min(1, "Required")
      .max(100, "This invitation link is not valid.")
      .optional()
      .meta({ description: "The code from an invitation link (`/invite/{code}`): the new account and the inviter become friends at once. An unknown, expired, revoked or used-up code is a 400 with `fields.invite`, and no account is created." }),
  })
  .strict();

export const updateMeBody = z.object({ name: nameField }).strict();

export const passwordResetBody = z.object({ email: emailField }).strict();

export const passwordResetConfirmBody = z
  .object({
    token: z.string().min(1, "Required").max(200, "At most 200 characters").meta({ description: "The token from the emailed link `/reset-password/{token}`." }),
    new_password: newPasswordField,
  })
  .strict();

export const tokenBody = z
  .object({
    email: emailField,
    password: currentPasswordField,
  })
  .strict();

export const deleteAccountBody = z.object({ password: currentPasswordField }).strict();

export const changePasswordBody = z.object({ current_password: currentPasswordField, new_password: newPasswordField }).strict();

export const userSearchQuery = z
  .object({ q: z.string().trim().min(2, "At least 2 characters").max(100, "At most 100 characters") })
  .strict();

export type RegisterBody = z.infer<typeof registerBody>;
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
export type UpdateMeBody = z.infer<typeof updateMeBody>;
export type PasswordResetBody = z.infer<typeof passwordResetBody>;
export type PasswordResetConfirmBody = z.infer<typeof passwordResetConfirmBody>;

// Responses.

/** Someone as everyone may see them. */
export const userRefResponse = z.object({ id: recordIdValue, name: z.string() }).meta({ id: "UserRef" });

/** Someone with their email where the caller may see it. */
export const personResponse = z
  .object({ id: recordIdValue, name: z.string(), email: z.string().optional() })
  .meta({ id: "Person", description: "`email` only where the caller may see it: themselves, friends, admins, the recipient of a request they sent." });

export const userResponse = z.object({ id: recordIdValue, email: z.string(), name: z.string(), role: z.enum(Role) }).meta({ id: "User" });

export const passwordResetResponse = z.object({ message: z.string() }).meta({ id: "PasswordResetAccepted" });

export const registerResponse = z.object({ user: userResponse }).meta({ id: "Registered" });

export const tokenResponse = z
  .object({ access_token: z.string(), token_type: z.literal("Bearer"), expires_in: z.number().int().positive().meta({ description: "Seconds." }) })
  .meta({ id: "AccessToken" });

const FRIENDSHIP_VALUES = ["none", "outgoing", "incoming", "friends"] as const;

export const userSearchResponse = z
  .array(
    personResponse
      .extend({
        friendship: z.enum(FRIENDSHIP_VALUES),
        joined_at: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
          .meta({ description: "The month they registered, as `YYYY-MM` in UTC (no day or time).", examples: ["2026-11"] }),
        mutual_friends: z.number().int().min(0).meta({ description: "How many of your friends are also theirs (a count; who they are is not shown)." }),
      })
      .meta({ id: "UserSearchResult" }),
  )
  .meta({ description: "At most 20, never the caller." });

export type PersonResponse = z.infer<typeof personResponse>;
export type UserResponse = z.infer<typeof userResponse>;
export type UserSearchResponse = z.infer<typeof userSearchResponse>;
export type Friendship = (typeof FRIENDSHIP_VALUES)[number];
export type DeleteAccountBody = z.infer<typeof deleteAccountBody>;
