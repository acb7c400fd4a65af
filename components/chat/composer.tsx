"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const MAX_LENGTH = 2000;
// The counter appears once a message is long enough that the limit may matter.
const COUNT_FROM = 1500;

const COARSE = "(pointer: coarse)";

/** A touch screen: no Shift key to speak of, so the keyboard hint is left out there. */
function useTouchScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(COARSE);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(COARSE).matches,
    () => false,
  );
}

/** The message box: Enter sends, Shift+Enter starts a new line. */
export function Composer({ onSend, placeholder }: { onSend: (text: string) => void; placeholder: string }) {
  const id = useId();
  const [text, setText] = useState("");
  const box = useRef<HTMLTextAreaElement>(null);
  // Opening a chat is for writing in it.
  useEffect(() => box.current?.focus(), []);
  const length = text.trim().length;
  const tooLong = length > MAX_LENGTH;
  const touch = useTouchScreen();

  function submit() {
    if (length === 0 || tooLong) return;
    onSend(text.trim());
    setText("");
  }

  return (
    <form
      className="space-y-1"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="flex items-end gap-2">
        <label htmlFor={id} className="sr-only">
          Message
        </label>
        <textarea
          id={id}
          ref={box}
          rows={2}
          value={text}
          placeholder={placeholder}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // While an input method is composing, Enter confirms the composition, not the message.
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
          aria-invalid={tooLong || undefined}
          aria-describedby={`${id}-hint`}
          className="block min-h-[2.75rem] w-full resize-y rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
        <Button type="submit" disabled={length === 0 || tooLong}>
          Send
        </Button>
      </div>
      <p id={`${id}-hint`} aria-live="polite" data-testid="composer-hint" className={`text-xs ${tooLong ? "text-red-700" : "text-slate-500"}`}>
        {tooLong
          ? `Too long: ${length} of at most ${MAX_LENGTH} characters.`
          : length >= COUNT_FROM
            ? `${length} / ${MAX_LENGTH} characters: ${MAX_LENGTH - length} left.`
            : touch
              ? ""
              : "Enter to send, Shift+Enter for a new line."}
      </p>
    </form>
  );
}
