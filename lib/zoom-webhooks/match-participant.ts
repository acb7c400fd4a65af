// Which of the two people a Zoom participant is. With meeting registration Zoom names the
// registrant, which we stored when we registered them: that wins. Otherwise Zoom sends an
// email only for people signed in to Zoom, and the display name is whatever they typed,
// so: email next, then an exact name that only one of the two has; otherwise nobody (the
// audit row keeps what Zoom told us instead).
import type { ZoomParticipant } from "@/lib/zoom-webhooks/schemas";

type Person = { id: number; name: string; email: string };

export function matchParticipant(participant: ZoomParticipant, people: Person[], registrants: { userId: number; registrantId: string }[] = []): Person | null {
  const registrantId = participant.registrant_id?.trim();
  if (registrantId) {
    const registered = registrants.find((registrant) => registrant.registrantId === registrantId);
    const byRegistrant = registered && people.find((person) => person.id === registered.userId);
    if (byRegistrant) return byRegistrant;
  }
  const email = participant.email?.trim().toLowerCase();
  if (email) {
    const byEmail = people.find((person) => person.email.toLowerCase() === email);
    if (byEmail) return byEmail;
  }
  const name = participant.user_name?.trim().toLowerCase();
  if (!name) return null;
  const byName = people.filter((person) => person.name.trim().toLowerCase() === name);
  return byName.length === 1 ? byName[0]! : null;
}
