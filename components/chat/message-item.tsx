import type { MessageResponse } from "@/lib/chat/schemas";
import { Time } from "@/components/ui/time";
import { SessionCard } from "@/components/chat/session-card";
import { MessageText } from "@/components/chat/message-text";

/** One message. Text is rendered as text (React escapes it), never as HTML. */
export function MessageItem({ message, mine }: { message: MessageResponse; mine: boolean }) {
  if (message.kind === "session_link") {
    if (message.session_id) return <SessionCard message={message} sessionId={message.session_id} />;
    return (
      <li className="flex justify-center py-1" data-message-id={message.id}>
        <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
          <p className="font-medium text-slate-900">{message.text}</p>
          <Time compact value={message.created_at} className="text-xs text-slate-600" />
          <p className="mt-2 text-slate-600">This session is no longer available.</p>
        </div>
      </li>
    );
  }
  return (
    <li className={`flex ${mine ? "justify-end" : "justify-start"}`} data-message-id={message.id}>
      <div className={`flex min-w-0 max-w-[85%] flex-col ${mine ? "items-end" : "items-start"}`}>
        <p
          className={`whitespace-pre-wrap rounded-2xl px-3 py-2 text-sm [overflow-wrap:anywhere] ${
            mine ? "rounded-br-sm bg-brand-600 text-white" : "rounded-bl-sm border border-slate-200 bg-white text-slate-900"
          }`}
        >
          <span className="sr-only">{mine ? "You" : message.sender?.name ?? "Someone"}: </span>
          <MessageText text={message.text} mine={mine} />
        </p>
        <Time compact value={message.created_at} className="mt-0.5 px-1 text-xs text-slate-500" />
      </div>
    </li>
  );
}
