// Why the caller cannot join yet, in words.
export function joinReasonText(reason: string | null, otherName: string): string | null {
  switch (reason) {
    case "not_started":
      return "The meeting has not been started yet. Either of you can start it.";
    case "waiting_for_other":
      return `Waiting for ${otherName} to get ready`;
    case "mark_yourself_ready":
      return "Press Mark ready when you are ready to join.";
    case "session_over":
      return "This session is over.";
    default:
      return null;
  }
}
