import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { currentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getLiveCounts, liveCountsDto } from "@/lib/live/get-live-counts";
import { LiveEvents } from "@/components/live/live-events";
import { ClientProviders } from "@/components/layout/client-providers";
import { SiteFooter } from "@/components/layout/site-footer";

// Every page depends on who is signed in.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Pairline", template: "%s · Pairline" },
  description: "1-on-1 video sessions with your friends.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  const counts = user ? liveCountsDto(await getLiveCounts({ db: await getDb(), userId: user.id })) : null;
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-brand-700 focus:shadow"
        >
          Skip to main content
        </a>
        <ClientProviders>
          <SiteHeader user={user && counts ? { name: user.name, role: user.role, counts } : null} />
          {/* Keyed by user: a different sign-in gets a stream of its own. Right under the
              header, where its toasts sit on phones (components/live/session-toasts.tsx). */}
          {user ? <LiveEvents key={user.id} viewerId={user.id} /> : null}
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-4xl px-4 py-6 focus:outline-none sm:py-10">
            {children}
          </main>
          <SiteFooter />
        </ClientProviders>
      </body>
    </html>
  );
}
