"use client";

// On phones the header's links and account controls fold into a Menu button, which carries
// the live counts' total as a badge (the counts themselves are inside the menu, and a
// phone shows no tab title); from the `sm` breakpoint up they sit in one row.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import type { LiveCountsDto } from "@/lib/live/get-live-counts";
import { totalOf, useLiveCounts } from "@/lib/swr/use-live-counts";

function MenuBadge({ initial }: { initial: LiveCountsDto }) {
  const { data = initial } = useLiveCounts(initial);
  const total = totalOf(data);
  if (total === 0) return null;
  return (
    <span data-testid="menu-badge" className="ml-1.5 rounded-full bg-brand-600 px-1.5 text-xs font-medium text-white">
      {total}
      <span className="sr-only"> waiting for you</span>
    </span>
  );
}

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`whitespace-nowrap rounded px-1 py-1 hover:text-slate-900 ${current ? "font-semibold text-slate-900 underline decoration-2 underline-offset-4" : "text-slate-600"}`}
    >
      {children}
    </Link>
  );
}

export function HeaderMenu({ counts, children }: { counts: LiveCountsDto; children: React.ReactNode }) {
  const pathname = usePathname();
  // Open on the page where it was opened: following a link folds it away again.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="ml-auto inline-flex items-center rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 sm:hidden"
      >
        {open ? "Close menu" : "Menu"}
        <MenuBadge initial={counts} />
      </button>
      <div
        id="site-menu"
        className={`${open ? "flex" : "hidden"} w-full min-w-0 flex-col gap-3 border-t border-slate-100 pt-3 sm:flex sm:w-auto sm:flex-1 sm:flex-row sm:items-center sm:gap-6 sm:border-0 sm:pt-0`}
      >
        {children}
      </div>
    </>
  );
}
