import Link from "next/link";
import { currentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getLiveCounts, liveCountsDto } from "@/lib/live/get-live-counts";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { HeaderCounts } from "@/components/live/header-counts";
import { HeaderMenu, NavLink } from "@/components/layout/header-menu";

export async function SiteHeader() {
  const user = await currentUser();
  const counts = user ? liveCountsDto(await getLiveCounts({ db: await getDb(), userId: user.id })) : null;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-600">
          Pairline
        </Link>
        {user ? (
          <HeaderMenu>
            <nav aria-label="Main" className="flex flex-col gap-1 text-sm text-slate-600 sm:flex-row sm:gap-4">
              <NavLink href="/">Home</NavLink>
              <NavLink href="/friends">Friends</NavLink>
              <NavLink href="/sessions">Sessions</NavLink>
              <NavLink href="/settings">Settings</NavLink>
              {user.role === "admin" ? <NavLink href="/admin">Admin</NavLink> : null}
            </nav>
            {counts ? <HeaderCounts initial={counts} /> : null}
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
