import type { ComponentProps } from "react";
import { Field } from "@/components/ui/field";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RULES } from "@/lib/accounts/password-rules";

/** A field for choosing a password (register, settings): the rules stated, the lengths the server enforces. */
export function NewPasswordField(props: Omit<ComponentProps<typeof Field>, "type" | "autoComplete" | "minLength" | "maxLength" | "hint">) {
  return (
    <Field
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      maxLength={PASSWORD_MAX_LENGTH}
      hint={PASSWORD_RULES}
      {...props}
    />
  );
}
