"use client";

// Opening a chat marks what it shows as read (README, API): whenever the newest message
// on screen moves past what was last reported, and the tab is visible.
import { useEffect, useRef } from "react";
import { mutate } from "swr";
import { api } from "@/lib/swr/api";

export function useMarkRead(friendId: number, newestId: number | undefined) {
  const reported = useRef(0);
  useEffect(() => {
    function report() {
      if (newestId === undefined || newestId <= reported.current || document.visibilityState !== "visible") return;
      reported.current = newestId;
      api.chats
        .markRead(friendId, newestId)
        .then(() => Promise.all([mutate(api.users.countsKey), mutate(api.chats.key)]))
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
