// This instance's open event streams, by user: who has a stream here, and their streams.
// The other parts of the hub (routing, counts, leases, token checks) read it; only the
// hub adds and removes.
import type { LiveEventName } from "@/lib/live/event-for-change";

export type StreamClient = {
  leaseId: string;
  userId: number;
  /** The user's token version when the stream opened; a newer one ends the stream. */
  tokenVersion: number;
  send(name: LiveEventName, data: unknown): void;
  comment(text: string): void;
  close(): void;
};

export class StreamRegistry {
  private readonly byUser = new Map<number, Set<StreamClient>>();

  get size(): number {
    let total = 0;
    for (const clients of this.byUser.values()) total += clients.size;
    return total;
  }

  add(client: StreamClient): void {
    let clients = this.byUser.get(client.userId);
    if (!clients) this.byUser.set(client.userId, (clients = new Set()));
    clients.add(client);
  }

  /** Forgets a stream; true when it was its user's last one here. */
  delete(client: StreamClient): boolean {
    const clients = this.byUser.get(client.userId);
    if (!clients?.delete(client) || clients.size > 0) return false;
    this.byUser.delete(client.userId);
    return true;
  }

  has(userId: number): boolean {
    return this.byUser.has(userId);
  }

  /** The user's streams, as a copy: closing one while iterating is safe. */
  clientsOf(userId: number): StreamClient[] {
    return [...(this.byUser.get(userId) ?? [])];
  }

  users(): number[] {
    return [...this.byUser.keys()];
  }

  all(): StreamClient[] {
    return [...this.byUser.values()].flatMap((clients) => [...clients]);
  }
}
