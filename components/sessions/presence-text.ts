// Who is in the meeting now, in words: "Alice is in the meeting", "Nobody has joined yet".
import type { SessionResponse } from "@/lib/sessions/schemas";

export function presenceText(session: Pick<SessionResponse, "initiator" | "participant" | "in_meeting">, viewerId: number): string {
  const inside = [session.initiator, session.participant].filter((person) => session.in_meeting.includes(person.id));
  if (inside.length === 2) return "You are both in the meeting.";
  if (inside.length === 0) return "Nobody has joined yet.";
  const [person] = inside;
  return person!.id === viewerId ? "You are in the meeting." : `${person!.name} is in the meeting.`;
}
