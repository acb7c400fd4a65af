"use client";

// A conversation that grows: the page renders the latest messages, then every 2.5 s (or
// at once when the event stream says a message arrived) this asks only for the messages
// after the last one it has and appends them. "Load earlier" prepends older pages.
import { useEffect, useRef, useState } from "react";
import useSWR from "swr";
import { ApiError, retryWhileUnavailable } from "@/lib/swr/fetcher";
import type { MessageResponse } from "@/lib/chat/schemas";
import { mergeMessages } from "@/lib/chat/merge-messages";
import { chatMessagesKey } from "@/lib/swr/live-keys";
import { api } from "@/lib/swr/api";

const POLL_MS = 2_500;
const PAGE_SIZE = 100;

export function useChatMessages(friendId: number, initial: MessageResponse[]) {
  const latest = useRef(initial);
  const [stopped, setStopped] = useState(false);
  const [hasEarlier, setHasEarlier] = useState(initial.length >= PAGE_SIZE);

  const swr = useSWR<MessageResponse[], ApiError>(
    chatMessagesKey(friendId),
    async () => {
      let merged = latest.current;
      // Catch up page by page if more than one page arrived since the last poll.
      for (let page = 0; page < 10; page++) {
        const after = merged.at(-1)?.id;
        const fresh = await api.chats.messages(friendId, { after });
        merged = mergeMessages(mergeMessages(latest.current, merged), fresh);
        if (fresh.length < PAGE_SIZE) break;
      }
      return merged;
    },
    {
      fallbackData: initial,
      refreshInterval: stopped ? 0 : POLL_MS,
      revalidateOnMount: false,
      dedupingInterval: 500,
      // No longer friends: polling cannot succeed again until they are.
      onErrorRetry: retryWhileUnavailable,
      onError: (error) => setStopped(error instanceof ApiError && error.code === "not_friends"),
      onSuccess: () => setStopped(false),
    },
  );

  const messages = swr.data ?? initial;
  useEffect(() => {
    latest.current = messages;
  }, [messages]);

  /** Adds a message we just sent, without waiting for the next poll. */
  async function append(message: MessageResponse) {
    latest.current = mergeMessages(latest.current, [message]);
    await swr.mutate(latest.current, { revalidate: false });
  }

  /** Prepends the page just older than the oldest message shown; false when there is none. */
  async function loadEarlier(): Promise<void> {
    const oldest = latest.current[0]?.id;
    if (oldest === undefined) return setHasEarlier(false);
    const older = await api.chats.messages(friendId, { before: oldest });
    setHasEarlier(older.length >= PAGE_SIZE);
    latest.current = mergeMessages(latest.current, older);
    await swr.mutate(latest.current, { revalidate: false });
  }

  return { messages, error: swr.error, append, loadEarlier, hasEarlier, refresh: () => swr.mutate() };
}
