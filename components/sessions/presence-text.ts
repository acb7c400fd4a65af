// What the app knows about the meeting now, in words. Where the provider reports joins and
// leaves (`presence_reported`, lib/video/presence-source.ts): "Alice is in the meeting".
// Where it does not (plain Jitsi): only who opened the link and when, "Alice opened the
// meeting at 14:02", never "in the meeting": we cannot see whether anyone is still there.
import type { SessionResponse } from "@/lib/sessions/schemas";

type PresenceFacts = Pick<SessionResponse, "initiator" | "participant" | "in_meeting" | "presence_reported" | "opened_meeting">;

export function presenceText(session: PresenceFacts, viewerId: number, clock: (iso: string) => string): string {
  if (!session.presence_reported) return openedText(session.opened_meeting, viewerId, clock);
  const inside = [session.initiator, session.participant].filter((person) => session.in_meeting.includes(person.id));
  if (inside.length === 2) return "You are both in the meeting.";
  if (inside.length === 0) return "Nobody is in the meeting right now.";
  const [person] = inside;
  return person!.id === viewerId ? "You are in the meeting." : `${person!.name} is in the meeting.`;
}

function openedText(opened: PresenceFacts["opened_meeting"], viewerId: number, clock: (iso: string) => string): string {
  if (opened.length === 0) return "Nobody has opened the meeting yet.";
  const parts = opened.map((person, index) => {
    const who = person.id === viewerId ? (index === 0 ? "You" : "you") : person.name;
    return `${who} opened the meeting at ${clock(person.at)}`;
  });
  return `${parts.join("; ")}.`;
}

/** The End dialog's promise, per provider (lib/video/presence-source.ts: endClosesMeeting). */
export function endSessionText(endClosesMeeting: boolean): string {
  return endClosesMeeting
    ? "The meeting closes for both of you and join links stop working. You can start a new session afterwards."
    : "The session ends here and join links stop working. Anyone still in the video call stays there until they leave it. You can start a new session afterwards.";
}
