"use client";

// Messages on their way out: each shows as a draft while it is sent, and a failed one stays
// with its reason until it is retried or discarded.
import { useRef, useState } from "react";
import type { MessageResponse } from "@/lib/chat/schemas";
import { api } from "@/lib/swr/api";
import { errorMessage } from "@/lib/swr/fetcher";

export type Draft = { key: number; text: string; status: "sending" | "failed"; error?: string };

/** `append` puts a sent message into the conversation without waiting for the next poll. */
export function useChatOutbox(friendId: number, append: (message: MessageResponse) => Promise<void>) {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const nextKey = useRef(1);
  const update = (key: number, change: Partial<Draft>) => setDrafts((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const discard = (key: number) => setDrafts((current) => current.filter((item) => item.key !== key));

  async function deliver(draft: Draft) {
    update(draft.key, { status: "sending", error: undefined });
    try {
      const message = await api.chats.send(friendId, draft.text);
      discard(draft.key);
      await append(message);
    } catch (caught) {
      update(draft.key, { status: "failed", error: errorMessage(caught, "something went wrong.") ?? "you were signed out." });
    }
  }

  function send(text: string) {
    const draft: Draft = { key: nextKey.current++, text, status: "sending" };
    setDrafts((current) => [...current, draft]);
    void deliver(draft);
  }

  return { drafts, send, retry: (draft: Draft) => void deliver(draft), discard };
}
