import { linkify } from "@/lib/chat/linkify";

/** Message text with its web links clickable; everything else stays text (React escapes it). */
export function MessageText({ text, mine }: { text: string; mine: boolean }) {
  return (
    <>
      {linkify(text).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer" className={`underline ${mine ? "text-white" : "text-brand-700"}`}>
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
