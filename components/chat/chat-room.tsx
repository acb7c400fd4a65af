"use client";

// The conversation with one friend: messages oldest to newest, new ones polled in, and a
// composer whose failed sends stay visible with a retry.
import { useLayoutEffect, useRef, useState } from "react";
import type { MessageResponse } from "@/lib/chat/schemas";
import { ApiError, apiFetch, errorMessage, isTemporarilyUnavailable } from "@/lib/swr/fetcher";
import { useChatMessages } from "@/lib/swr/use-chat-messages";
import { useMarkRead } from "@/lib/swr/use-mark-read";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MessageItem } from "@/components/chat/message-item";
import { Composer } from "@/components/chat/composer";

type Draft = { key: number; text: string; status: "sending" | "failed"; error?: string };

function DraftItem({ draft, onRetry, onDiscard }: { draft: Draft; onRetry: () => void; onDiscard: () => void }) {
  return (
    <li className="flex justify-end">
      <div className="flex min-w-0 max-w-[85%] flex-col items-end">
        <p
          className={`whitespace-pre-wrap rounded-2xl rounded-br-sm px-3 py-2 text-sm [overflow-wrap:anywhere] ${
            draft.status === "failed" ? "border border-red-300 bg-red-50 text-red-900" : "bg-brand-600/70 text-white"
          }`}
        >
          {draft.text}
        </p>
        {draft.status === "sending" ? (
          <span className="mt-0.5 px-1 text-xs text-slate-500">Sending…</span>
        ) : (
          <div role="alert" className="mt-1 flex flex-wrap items-center justify-end gap-2 text-xs text-red-700">
            <span>Not sent: {draft.error}</span>
            <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={onRetry}>
              Retry
            </Button>
            <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={onDiscard}>
              Discard
            </Button>
          </div>
        )}
      </div>
    </li>
  );
}

export function ChatRoom({ friend, viewerId, initialMessages }: { friend: { id: number; name: string }; viewerId: number; initialMessages: MessageResponse[] }) {
  const { messages, error, append, loadEarlier, hasEarlier } = useChatMessages(friend.id, initialMessages);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [earlier, setEarlier] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  const nextKey = useRef(1);
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  /** Set while older messages are being prepended: the message at the top and where it was. */
  const anchor = useRef<{ id: number; top: number } | null>(null);
  /** The newest message shown so far: a newer one arriving while scrolled up shows the pill. */
  const lastSeenId = useRef(initialMessages.at(-1)?.id ?? 0);
  const [unseen, setUnseen] = useState(false);
  const noLongerFriends = error instanceof ApiError && error.code === "not_friends";
  useMarkRead(friend.id, noLongerFriends ? undefined : messages.at(-1)?.id);

  // Follow new messages only when the reader is already at the bottom (or just sent one):
  // someone scrolled up to read history is not yanked down by a poll. Older messages
  // prepended by "Load earlier" leave what the reader was looking at where it was.
  // Someone scrolled up gets a "New messages" pill instead.
  useLayoutEffect(() => {
    const element = scroller.current;
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
  }, [messages, drafts]);

  async function showEarlier() {
    const element = scroller.current;
    setEarlier({ loading: true, error: null });
    try {
      const first = messages[0];
      const target = first && element?.querySelector(`[data-message-id="${first.id}"]`);
      if (element && first && target) anchor.current = { id: first.id, top: target.getBoundingClientRect().top - element.getBoundingClientRect().top };
      await loadEarlier();
      setEarlier({ loading: false, error: null });
    } catch (caught) {
      anchor.current = null;
      setEarlier({ loading: false, error: caught instanceof Error ? caught.message : "Could not load earlier messages." });
    }
  }

  function trackScroll() {
    const element = scroller.current;
    if (!element) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 80;
    if (atBottom.current) setUnseen(false);
  }

  function jumpToLatest() {
    const element = scroller.current;
    if (element) element.scrollTo({ top: element.scrollHeight });
    atBottom.current = true;
    setUnseen(false);
  }

  async function deliver(draft: Draft) {
    setDrafts((current) => current.map((item) => (item.key === draft.key ? { ...item, status: "sending", error: undefined } : item)));
    try {
      const message = await apiFetch<MessageResponse>(`/api/v1/chats/${friend.id}/messages`, { method: "POST", body: { text: draft.text } });
      setDrafts((current) => current.filter((item) => item.key !== draft.key));
      await append(message);
    } catch (caught) {
      const reason = errorMessage(caught, "something went wrong.") ?? "you were signed out.";
      setDrafts((current) => current.map((item) => (item.key === draft.key ? { ...item, status: "failed", error: reason } : item)));
    }
  }

  function send(text: string) {
    const draft: Draft = { key: nextKey.current++, text, status: "sending" };
    atBottom.current = true;
    setDrafts((current) => [...current, draft]);
    void deliver(draft);
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="relative">
      <div
        ref={scroller}
        onScroll={trackScroll}
        role="log"
        aria-label="Messages"
        aria-live="polite"
        className="h-[60dvh] min-h-64 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-3 sm:p-4"
      >
        {messages.length === 0 && drafts.length === 0 ? (
          <div className="flex h-full items-center justify-center text-center text-sm text-slate-500">
            <p>
              No messages yet.
              <br />
              Say hello to {friend.name}!
            </p>
          </div>
        ) : (
          <ul className="space-y-3">
            {hasEarlier ? (
              <li className="flex flex-col items-center gap-1">
                <Button type="button" variant="secondary" className="px-3 py-1 text-xs" onClick={showEarlier} disabled={earlier.loading}>
                  {earlier.loading ? "Loading…" : "Load earlier"}
                </Button>
                {earlier.error ? <span role="alert" className="text-xs text-red-700">{earlier.error}</span> : null}
              </li>
            ) : null}
            {messages.map((message) => (
              <MessageItem key={message.id} message={message} mine={message.sender?.id === viewerId} />
            ))}
            {drafts.map((draft) => (
              <DraftItem
                key={`draft-${draft.key}`}
                draft={draft}
                onRetry={() => void deliver(draft)}
                onDiscard={() => setDrafts((current) => current.filter((item) => item.key !== draft.key))}
              />
            ))}
          </ul>
        )}
      </div>
      {unseen ? (
        <button
          type="button"
          onClick={jumpToLatest}
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
