"use client";

// Opening a chat marks what it shows as read (README, API): whenever the newest message
// on screen moves past what was last reported, and the tab is visible.
import { useEffect, useRef } from "react";
import { mutate } from "swr";
import { apiFetch } from "@/lib/swr/fetcher";
import { COUNTS_KEY } from "@/lib/swr/use-live-counts";
import { CHATS_KEY } from "@/lib/swr/use-friends";

export function useMarkRead(friendId: number, newestId: number | undefined) {
  const reported = useRef(0);
  useEffect(() => {
    function report() {
      if (newestId === undefined || newestId <= reported.current || document.visibilityState !== "visible") return;
      reported.current = newestId;
      apiFetch(`/api/v1/chats/${friendId}/read`, { method: "POST", body: { message_id: newestId } })
        .then(() => Promise.all([mutate(COUNTS_KEY), mutate(CHATS_KEY)]))
        .catch(() => {
          // Not fatal: the next message or visit reports it again.
          reported.current = 0;
        });
    }
    report();
    document.addEventListener("visibilitychange", report);
    return () => document.removeEventListener("visibilitychange", report);
  }, [friendId, newestId]);
}
