// The password rules in one place, for the schemas and for the forms that state them.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const PASSWORD_RULES =
  `At least ${PASSWORD_MIN_LENGTH} characters, and not easy to guess: no common passwords, names, keyboard patterns or repeats, ` +
  "and nothing from your email or name. A few unrelated words make a good one.";
