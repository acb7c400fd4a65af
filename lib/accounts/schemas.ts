import { z } from "@/lib/zod";

export const emailField = z
  .string()
  .trim()
  .max(254, "At most 254 characters")
  .pipe(z.email("Expected an email address"))
  .transform((email) => email.toLowerCase());

export const registerBody = z
  .object({
    email: emailField,
    password: z.string().min(8, "At least 8 characters").max(256, "At most 256 characters"),
    name: z.string().trim().min(1, "Required").max(80, "At most 80 characters"),
  })
  .strict();

export const tokenBody = z
  .object({
    email: emailField,
    password: z.string().min(1, "Required").max(256, "At most 256 characters"),
  })
  .strict();

export const userSearchQuery = z
  .object({ q: z.string().trim().min(2, "At least 2 characters").max(100, "At most 100 characters") })
  .strict();

export type RegisterBody = z.infer<typeof registerBody>;
