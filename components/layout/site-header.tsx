// The header on every page: the main navigation, the signed-in user's live counts and name.
// The layout reads who is signed in and their counts, and hands them in.
import Link from "next/link";
import type { LiveCountsDto } from "@/lib/live/get-live-counts";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { HeaderCounts } from "@/components/live/header-counts";
import { HeaderMenu, NavLink } from "@/components/layout/header-menu";

type HeaderUser = { name: string; role: string; counts: LiveCountsDto };

export function SiteHeader({ user }: { user: HeaderUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-600">
          Pairline
        </Link>
        {user ? (
          <HeaderMenu counts={user.counts}>
            <nav aria-label="Main" className="flex flex-col gap-1 text-sm text-slate-600 sm:flex-row sm:gap-4">
              <NavLink href="/">Home</NavLink>
              <NavLink href="/friends">Friends</NavLink>
              <NavLink href="/sessions">Sessions</NavLink>
              <NavLink href="/settings">Settings</NavLink>
              {user.role === "admin" ? <NavLink href="/admin">Admin</NavLink> : null}
            </nav>
            <HeaderCounts initial={user.counts} />
            <div className="flex min-w-0 items-center gap-3 text-sm sm:ml-auto">
              <span className="min-w-0 max-w-[16rem] truncate text-slate-600" data-testid="current-user" title={user.name}>
                {user.name}
              </span>
              <SignOutButton />
            </div>
          </HeaderMenu>
        ) : (
          <nav aria-label="Account" className="ml-auto flex gap-4 text-sm">
            <NavLink href="/login">Sign in</NavLink>
            <NavLink href="/register">Create account</NavLink>
          </nav>
        )}
      </div>
    </header>
  );
}
