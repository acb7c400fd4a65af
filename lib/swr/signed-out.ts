// "You were signed out": once any API call answers 401 (the session cookie expired, or
// was revoked by signing out in another tab or everywhere), the page stops polling and
// shows one notice instead of each part reporting its own error. No React here: the API
// client (lib/swr/api.ts) that marks it is also imported by server components for addresses.

let signedOut = false;
/** Why, when the API said (an admin disabled the account). */
let reason: "account_disabled" | null = null;
const listeners = new Set<() => void>();

export function markSignedOut(why: "account_disabled" | null = null): void {
  if (signedOut) return;
  signedOut = true;
  reason = why;
  for (const listener of listeners) listener();
}

export function isSignedOut(): boolean {
  return signedOut;
}

export function signedOutReason(): "account_disabled" | null {
  return reason;
}

/** For useSyncExternalStore. */
export function subscribeSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
