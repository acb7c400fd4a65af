"use client";

// Where the conversation is scrolled. New messages are followed only when the reader is
// already at the bottom (or just sent one): someone scrolled up to read history is not
// yanked down by a poll, and gets a "New messages" pill instead. Older messages prepended
// by "Load earlier" leave what the reader was looking at where it was.
import { useLayoutEffect, useRef, useState, type RefObject } from "react";

/** How close to the bottom still counts as at the bottom, in pixels. */
const BOTTOM_SLACK = 80;

/** `scrollerRef` is the scrolling list; `messages` oldest first, each rendered with `data-message-id`; `drafts` also move the bottom. */
export function useScrollAnchor(scrollerRef: RefObject<HTMLDivElement | null>, messages: { id: number }[], drafts: unknown[]) {
  const atBottom = useRef(true);
  /** Set while older messages are being prepended: the message at the top and where it was. */
  const anchor = useRef<{ id: number; top: number } | null>(null);
  /** The newest message shown so far: a newer one arriving while scrolled up shows the pill. */
  const lastSeenId = useRef(messages.at(-1)?.id ?? 0);
  const [unseen, setUnseen] = useState(false);

  useLayoutEffect(() => {
    const element = scrollerRef.current;
    const newest = messages.at(-1)?.id ?? 0;
    const arrived = newest > lastSeenId.current;
    lastSeenId.current = Math.max(lastSeenId.current, newest);
    if (!element) return;
    if (anchor.current) {
      const target = element.querySelector(`[data-message-id="${anchor.current.id}"]`);
      if (target) element.scrollTop += target.getBoundingClientRect().top - element.getBoundingClientRect().top - anchor.current.top;
      // Done once the older page is in (the first message is no longer the anchor).
      if (messages[0]?.id !== anchor.current.id) anchor.current = null;
    } else if (atBottom.current) {
      element.scrollTop = element.scrollHeight;
    } else if (arrived) {
      setUnseen(true);
    }
  }, [scrollerRef, messages, drafts]);

  return {
    unseen,
    /** The list's onScroll. */
    trackScroll() {
      const element = scrollerRef.current;
      if (!element) return;
      atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < BOTTOM_SLACK;
      if (atBottom.current) setUnseen(false);
    },
    jumpToLatest() {
      scrollerRef.current?.scrollTo({ top: scrollerRef.current.scrollHeight });
      atBottom.current = true;
      setUnseen(false);
    },
    /** The reader just sent a message: show it. */
    follow() {
      atBottom.current = true;
    },
    /** Keeps the first message where it is on screen while `prepend` adds older ones above it. */
    async keepTopWhile(prepend: () => Promise<void>) {
      const element = scrollerRef.current;
      const first = messages[0];
      const target = first && element?.querySelector(`[data-message-id="${first.id}"]`);
      if (element && first && target) anchor.current = { id: first.id, top: target.getBoundingClientRect().top - element.getBoundingClientRect().top };
      try {
        await prepend();
      } catch (caught) {
        anchor.current = null;
        throw caught;
      }
    },
  };
}
