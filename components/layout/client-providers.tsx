"use client";

import { Suspense } from "react";
import { SWRConfig } from "swr";
import { isSignedOut } from "@/lib/swr/signed-out";
import { SignedOutNotice } from "@/components/layout/signed-out-notice";

/** Page-wide client state: no polling once signed out, and the notice that says so. */
export function ClientProviders({ children }: { children: React.ReactNode }) {
  return (
    <SWRConfig value={{ isPaused: isSignedOut }}>
      {children}
      <Suspense fallback={null}>
        <SignedOutNotice />
      </Suspense>
    </SWRConfig>
  );
}
