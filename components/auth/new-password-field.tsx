import type { ComponentProps } from "react";
import { PasswordField } from "@/components/ui/field";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RULES } from "@/lib/accounts/password-rules";

/** A field for choosing a password (register, settings): the rules stated before submit, the lengths the server enforces, a Show toggle. */
export function NewPasswordField(props: Omit<ComponentProps<typeof PasswordField>, "autoComplete" | "minLength" | "maxLength" | "hint">) {
  return (
    <PasswordField
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      maxLength={PASSWORD_MAX_LENGTH}
      hint={PASSWORD_RULES}
      {...props}
    />
  );
}
