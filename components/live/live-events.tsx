"use client";

// The tab's live updates: the event stream (lib/swr/use-event-stream.ts) revalidates what
// each event names (lib/swr/revalidate-for-event.ts), everything after a reconnect, and a
// friend's start, cancel or message and a planned session's reminder show a toast on every page.
import { useStartToasts } from "@/components/live/use-start-toasts";
import { useReminderToasts } from "@/components/live/use-reminder-toasts";
import { SessionToasts } from "@/components/live/session-toasts";
import { useMessageToasts } from "@/components/live/use-message-toasts";
import { useEventStream } from "@/lib/swr/use-event-stream";
import { useRevalidateForEvent } from "@/lib/swr/revalidate-for-event";

export function LiveEvents({ viewerId }: { viewerId: number }) {
  const { toasts, consider, dismiss } = useStartToasts(viewerId);
  const reminders = useReminderToasts(viewerId);
  const messageToasts = useMessageToasts();
  const revalidate = useRevalidateForEvent();
  useEventStream({
    onEvent: (event) => {
      revalidate(event);
      if (event.name === "session.updated") void consider(event.data.session_id);
      if (event.name === "session.reminder") void reminders.remind(event.data.session_id);
      if (event.name === "message.created") void messageToasts.consider(event.data.friend_id, event.data.message_id);
    },
    // Whatever happened while disconnected was not heard: refetch everything.
    onReconnect: () => revalidate({ name: "resync", data: {} }),
  });
  return (
    <SessionToasts
      toasts={[...toasts, ...reminders.toasts]}
      onDismiss={(sessionId) => {
        dismiss(sessionId);
        reminders.dismiss(sessionId);
      }}
      messages={messageToasts.toasts}
      onDismissMessage={messageToasts.dismiss}
    />
  );
}
