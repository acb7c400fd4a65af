"use client";

// The header's live counts and the tab title's "(N) " prefix. Values come from the
// server render, then from the event stream's `counts` events (components/live/live-events.tsx).
import Link from "next/link";
import { useEffect } from "react";
import type { LiveCountsDto } from "@/lib/live/get-live-counts";
import { totalOf, useLiveCounts } from "@/lib/swr/use-live-counts";

const PREFIX = /^\(\d+\) /;

function useTitleCount(total: number) {
  useEffect(() => {
    const apply = () => {
      const base = document.title.replace(PREFIX, "");
      const wanted = total > 0 ? `(${total}) ${base}` : base;
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    // Next sets the title again on every navigation: put the count back each time.
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = document.title.replace(PREFIX, "");
    };
  }, [total]);
}

function Count({ href, count, one, many, testId }: { href: string; count: number; one: string; many: string; testId: string }) {
  if (count === 0) return null;
  return (
    <li>
      <Link href={href} data-testid={testId} className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-100">
        <span className="rounded-full bg-brand-600 px-1.5 text-white">{count}</span>
        {count === 1 ? one : many}
      </Link>
    </li>
  );
}

export function HeaderCounts({ initial }: { initial: LiveCountsDto }) {
  const { data = initial } = useLiveCounts(initial);
  useTitleCount(totalOf(data));
  return (
    <ul aria-label="Waiting for you" className="flex flex-wrap items-center gap-2">
      <Count href="/friends" count={data.incoming_requests} one="friend request" many="friend requests" testId="count-requests" />
      <Count href="/#chats" count={data.unread_messages} one="unread message" many="unread messages" testId="count-unread" />
      <Count href="/#open-sessions" count={data.waiting_sessions} one="session waiting" many="sessions waiting" testId="count-sessions" />
    </ul>
  );
}
