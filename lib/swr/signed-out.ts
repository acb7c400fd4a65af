// "You were signed out": once any API call answers 401 (the session cookie expired, or
// was revoked by signing out in another tab or everywhere), the page stops polling and
// shows one notice instead of each part reporting its own error. No React here: the API
// client (lib/swr/api.ts) that marks it is also imported by server components for addresses.

let signedOut = false;
const listeners = new Set<() => void>();

export function markSignedOut(): void {
  if (signedOut) return;
  signedOut = true;
  for (const listener of listeners) listener();
}

export function isSignedOut(): boolean {
  return signedOut;
}

/** For useSyncExternalStore. */
export function subscribeSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
