// Why the caller cannot join yet, in words.
/** `otherStarted`: the other person started the meeting, so they get ready by joining it (§6). */
export function joinReasonText(reason: string | null, otherName: string, otherStarted = false): string | null {
  switch (reason) {
    case "not_started":
      return "The meeting has not been started yet. Either of you can start it.";
    case "waiting_for_other":
      return otherStarted ? `Waiting for ${otherName} to join the meeting first` : `Waiting for ${otherName} to get ready`;
    case "mark_yourself_ready":
      return "Press Mark ready when you are ready to join.";
    case "session_over":
      return "This session is over.";
    default:
      return null;
  }
}
