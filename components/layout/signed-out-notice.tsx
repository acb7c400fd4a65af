"use client";

// Shown over any page once the API says the session is gone (lib/swr/signed-out.ts):
// one plain sentence and a way back to this very page after signing in.
import { useEffect, useRef, useSyncExternalStore } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { isSignedOut, signedOutReason, subscribeSignedOut } from "@/lib/swr/signed-out";
import { signOutReasonText } from "@/lib/accounts/sign-out-reasons";

export function SignedOutNotice() {
  const signedOut = useSyncExternalStore(subscribeSignedOut, isSignedOut, () => false);
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const signIn = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (signedOut) signIn.current?.focus();
  }, [signedOut]);
  // A tab that signed itself out (sign out everywhere, a deleted account) is already on its way to /login.
  if (!signedOut || pathname === "/login") return null;
  const query = searchParams.toString();
  const back = `${pathname}${query ? `?${query}` : ""}`;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4">
      <div role="alertdialog" aria-modal="true" aria-labelledby="signed-out-title" aria-describedby="signed-out-text" className="w-full max-w-sm rounded-lg bg-white p-6 text-center shadow-lg">
        <h2 id="signed-out-title" className="text-lg font-semibold">
          You were signed out
        </h2>
        <p id="signed-out-text" className="mt-2 text-sm text-slate-600">
          {signOutReasonText(signedOutReason()) ?? "Your sign-in here ended: it expired, or you signed out in another tab. Sign in again to pick up where you left off."}
        </p>
        {/* A full page load: the header and every list must be rendered for whoever signs in. */}
        <a ref={signIn} href={`/login?${signedOutReason() ? `reason=${signedOutReason()}&` : ""}callbackUrl=${encodeURIComponent(back)}`} className="mt-4 inline-flex items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Sign in
        </a>
      </div>
    </div>
  );
}
