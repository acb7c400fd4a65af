// Why the sign-in page is shown after a sign-out the person did not just ask for here:
// `/login?reason=<key>`. Browser-safe. The admin pages' "account disabled" uses the
// `account_disabled` key; a new reason is one more entry.
export const SIGN_OUT_REASONS = {
  signed_out_everywhere: "You signed out everywhere: every browser and app using your account is signed out, this one too. Sign in again to continue.",
  password_changed: "Your password was changed, so every browser and app using the old one was signed out. Sign in with the new password.",
  account_disabled: "Your account has been disabled by an administrator, so you were signed out.",
  role_changed: "An administrator changed your account's role, so you were signed out. Sign in again to continue.",
  revoked: "You were signed out: your password was changed, someone chose Sign out everywhere, or your sign-in expired. Sign in again to continue.",
} as const;

export type SignOutReason = keyof typeof SIGN_OUT_REASONS;

export function isSignOutReason(reason: unknown): reason is SignOutReason {
  return typeof reason === "string" && Object.hasOwn(SIGN_OUT_REASONS, reason);
}

export function signOutReasonText(reason: unknown): string | null {
  return isSignOutReason(reason) ? SIGN_OUT_REASONS[reason] : null;
}
