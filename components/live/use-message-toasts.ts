"use client";

// "Alice: see you at 5" when a friend's message arrives and you are not in that chat
// (README, Live updates), plus the opt-in desktop notification. One toast per friend (the
// newest message); it goes when you open that chat, when dismissed, or after a while.
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/lib/swr/api";
import { desktopNotificationsWanted } from "@/lib/swr/desktop-notifications";

export type MessageToast = { friendId: number; messageId: number; name: string; text: string };

const MESSAGE_TOAST_MS = 10_000;
const PREVIEW_CHARS = 80;

const chatPath = (friendId: number) => `/chat/${friendId}`;
const preview = (text: string) => (text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text);

function notifyDesktop(toast: MessageToast, open: (path: string) => void) {
  if (!desktopNotificationsWanted() || document.visibilityState === "visible") return;
  const notification = new Notification(`Message from ${toast.name}`, { body: toast.text, tag: `pairline-chat-${toast.friendId}` });
  notification.onclick = () => {
    window.focus();
    open(chatPath(toast.friendId));
    notification.close();
  };
}

export function useMessageToasts() {
  const [toasts, setToasts] = useState<MessageToast[]>([]);
  const pathname = usePathname();
  const pathRef = useRef(pathname);
  const router = useRouter();
  useEffect(() => {
    pathRef.current = pathname;
  }, [pathname]);
  // Opening the chat answers its toast.
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setToasts((current) => current.filter((toast) => pathname !== chatPath(toast.friendId)));
  }

  /** message.created: toast it if the friend sent it and you are not in that chat. */
  const consider = useCallback(
    async (friendId: number, messageId: number) => {
      if (pathRef.current === chatPath(friendId)) return;
      const page = await api.chats.messages(friendId, { after: messageId - 1 }).catch(() => null);
      const message = page?.find((entry) => entry.id === messageId);
      // Your own message from another tab, or a session card (the start toast covers it).
      if (!message || message.kind !== "text" || message.sender?.id !== friendId || pathRef.current === chatPath(friendId)) return;
      const toast = { friendId, messageId, name: message.sender.name, text: preview(message.text) };
      setToasts((current) => [...current.filter((entry) => entry.friendId !== friendId), toast]);
      notifyDesktop(toast, (path) => router.push(path));
    },
    [router],
  );

  const dismiss = useCallback((friendId: number) => setToasts((current) => current.filter((toast) => toast.friendId !== friendId)), []);

  useEffect(() => {
    if (toasts.length === 0) return;
    const shown = toasts;
    const timer = setTimeout(() => setToasts((current) => current.filter((toast) => !shown.includes(toast))), MESSAGE_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toasts]);

  return { toasts, consider, dismiss };
}
