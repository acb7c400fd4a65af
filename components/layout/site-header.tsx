import Link from "next/link";
import { currentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getLiveCounts, liveCountsDto } from "@/lib/live/get-live-counts";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { HeaderCounts } from "@/components/live/header-counts";

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
          <>
            <nav aria-label="Main" className="flex flex-wrap gap-4 text-sm text-slate-600">
              <Link href="/friends" className="hover:text-slate-900">Friends</Link>
              <Link href="/sessions" className="hover:text-slate-900">Sessions</Link>
              <Link href="/settings" className="hover:text-slate-900">Settings</Link>
              {user.role === "admin" ? <Link href="/admin" className="hover:text-slate-900">Admin</Link> : null}
            </nav>
            {counts ? <HeaderCounts initial={counts} /> : null}
            <div className="ml-auto flex items-center gap-3 text-sm">
              <span className="text-slate-600" data-testid="current-user">{user.name}</span>
              <SignOutButton />
            </div>
          </>
        ) : (
          <nav aria-label="Account" className="ml-auto flex gap-4 text-sm">
            <Link href="/login" className="text-slate-600 hover:text-slate-900">Sign in</Link>
            <Link href="/register" className="text-slate-600 hover:text-slate-900">Create account</Link>
          </nav>
        )}
      </div>
    </header>
  );
}
