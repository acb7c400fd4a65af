// Who may see whose email (README, Browser security and privacy): the person themselves, their friends, admins,
// and the recipient of a friend request they sent. Everyone else gets `{id, name}`.
// Every DTO that shows another person's email decides here.

export type Viewer = { id: number; role: "user" | "admin" };

type EmailRelation = {
  /** The viewer and the person are friends. */
  friends?: boolean;
  /** The person sent the viewer a friend request (the viewer is its recipient). */
  askedViewer?: boolean;
};

export function canSeeEmail(viewer: Viewer, personId: number, relation: EmailRelation): boolean {
  return viewer.role === "admin" || viewer.id === personId || Boolean(relation.friends) || Boolean(relation.askedViewer);
}

type PersonWithEmail = { id: number; name: string; email: string };
/** A person as shown to someone: `email` present only when they may see it. */
type VisiblePerson = { id: number; name: string; email?: string };

export function visiblePerson(person: PersonWithEmail, viewer: Viewer, relation: EmailRelation): VisiblePerson {
  return canSeeEmail(viewer, person.id, relation) ? { id: person.id, name: person.name, email: person.email } : { id: person.id, name: person.name };
}
