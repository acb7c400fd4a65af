"use client";

// The conversation with one friend: messages oldest to newest, new ones polled in
// (lib/swr/use-chat-messages.ts), the outbox's drafts after them (use-chat-outbox.ts), the
// scroll position kept where the reader wants it (use-scroll-anchor.ts), and the composer.
import { Fragment, useMemo, useRef } from "react";
import { useIsClient } from "@/lib/use-is-client";
import type { MessageResponse } from "@/lib/chat/schemas";
import { ApiError, errorMessage, isTemporarilyUnavailable } from "@/lib/swr/fetcher";
import { useChatMessages } from "@/lib/swr/use-chat-messages";
import { useMarkRead } from "@/lib/swr/use-mark-read";
import { Alert } from "@/components/ui/alert";
import { MessageItem } from "@/components/chat/message-item";
import { DaySeparator } from "@/components/chat/day-separator";
import { dayStarts } from "@/lib/format/day";
import { Composer } from "@/components/chat/composer";
import { DraftItem } from "@/components/chat/draft-item";
import { LoadEarlier } from "@/components/chat/load-earlier";
import { useChatOutbox } from "@/components/chat/use-chat-outbox";
import { useScrollAnchor } from "@/components/chat/use-scroll-anchor";

export function ChatRoom({ friend, viewerId, initialMessages }: { friend: { id: number; name: string }; viewerId: number; initialMessages: MessageResponse[] }) {
  const { messages, error, append, loadEarlier, hasEarlier } = useChatMessages(friend.id, initialMessages);
  const outbox = useChatOutbox(friend.id, append);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const scroll = useScrollAnchor(scrollerRef, messages, outbox.drafts);
  const noLongerFriends = error instanceof ApiError && error.code === "not_friends";
  useMarkRead(friend.id, noLongerFriends ? undefined : messages.at(-1)?.id);
  // Days are the reader's, known only in the browser: no separators in the server render.
  const isClient = useIsClient();
  const newDays = useMemo(() => (isClient ? dayStarts(messages.map((message) => message.created_at)) : new Set<number>()), [isClient, messages]);

  function send(text: string) {
    scroll.follow();
    outbox.send(text);
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="relative">
        <div
          ref={scrollerRef}
          onScroll={scroll.trackScroll}
          role="log"
          aria-label="Messages"
          aria-live="polite"
          className="h-[60dvh] min-h-64 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-3 sm:p-4"
        >
          {messages.length === 0 && outbox.drafts.length === 0 ? (
            <div className="flex h-full items-center justify-center text-center text-sm text-slate-500">
              <p>
                No messages yet.
                <br />
                Say hello to {friend.name}!
              </p>
            </div>
          ) : (
            <ul className="space-y-3">
              {hasEarlier ? <LoadEarlier onLoad={() => scroll.keepTopWhile(loadEarlier)} /> : null}
              {messages.map((message, index) => (
                <Fragment key={message.id}>
                  {newDays.has(index) ? <DaySeparator at={message.created_at} /> : null}
                  <MessageItem message={message} mine={message.sender?.id === viewerId} />
                </Fragment>
              ))}
              {outbox.drafts.map((draft) => (
                <DraftItem key={`draft-${draft.key}`} draft={draft} onRetry={() => outbox.retry(draft)} onDiscard={() => outbox.discard(draft.key)} />
              ))}
            </ul>
          )}
        </div>
        {scroll.unseen ? (
          <button
            type="button"
            onClick={scroll.jumpToLatest}
            className="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full bg-brand-600 px-3 py-1 text-sm font-medium text-white shadow hover:bg-brand-700"
          >
            New messages ↓
          </button>
        ) : null}
      </div>
      {noLongerFriends ? (
        <Alert>
          You and {friend.name} are no longer friends. The conversation is kept, but neither of you can see or send new messages.
        </Alert>
      ) : (
        <>
          {error && isTemporarilyUnavailable(error) ? <Alert tone="info">Temporarily unavailable; retrying…</Alert> : null}
          {error && !isTemporarilyUnavailable(error) && errorMessage(error) ? <Alert tone="info">Could not check for new messages ({errorMessage(error)}). Trying again…</Alert> : null}
          <Composer onSend={send} placeholder={`Message ${friend.name}`} />
        </>
      )}
    </div>
  );
}
