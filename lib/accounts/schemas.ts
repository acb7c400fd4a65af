import { z } from "@/lib/zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/accounts/password-rules";

export const emailField = z
  .string()
  .trim()
  .max(254, "At most 254 characters")
  .pipe(z.email("Expected an email address"))
  .transform((email) => email.toLowerCase());

/** The length rule for a new password; its strength is judged in password-strength.ts. */
export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `At least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `At most ${PASSWORD_MAX_LENGTH} characters`);

const currentPasswordField = z.string().min(1, "Required").max(PASSWORD_MAX_LENGTH, `At most ${PASSWORD_MAX_LENGTH} characters`);

export const registerBody = z
  .object({
    email: emailField,
    password: newPasswordField,
    name: z.string().trim().min(1, "Required").max(80, "At most 80 characters"),
  })
  .strict();

export const tokenBody = z
  .object({
    email: emailField,
    password: currentPasswordField,
  })
  .strict();

export const changePasswordBody = z.object({ current_password: currentPasswordField, new_password: newPasswordField }).strict();

export const userSearchQuery = z
  .object({ q: z.string().trim().min(2, "At least 2 characters").max(100, "At most 100 characters") })
  .strict();

export type RegisterBody = z.infer<typeof registerBody>;
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
