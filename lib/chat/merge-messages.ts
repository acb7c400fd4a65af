// Pure: used by the chat page, where a poll and a send can deliver the same message.
type WithId = { id: number };

/** Messages by id, oldest first, without duplicates; the incoming copy of a message wins. */
export function mergeMessages<M extends WithId>(current: M[], incoming: M[]): M[] {
  if (incoming.length === 0) return current;
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
