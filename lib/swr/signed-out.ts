// "You were signed out": once any API call answers 401 (the session cookie expired, or
// was revoked by signing out in another tab or everywhere), the page stops polling and
// shows one notice instead of each part reporting its own error. No React here: the API
// client (lib/swr/api.ts) that marks it is also imported by server components for addresses.

import type { SignOutReason } from "@/lib/accounts/sign-out-reasons";

let signedOut = false;
/** Why, when the API said (a password change, sign out everywhere, a disabled account, a role change). */
let reason: SignOutReason | null = null;
const listeners = new Set<() => void>();

export function markSignedOut(why: SignOutReason | null = null): void {
  if (signedOut) return;
  signedOut = true;
  reason = why;
  for (const listener of listeners) listener();
}

export function isSignedOut(): boolean {
  return signedOut;
}

export function signedOutReason(): SignOutReason | null {
  return reason;
}

/** For useSyncExternalStore. */
export function subscribeSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
