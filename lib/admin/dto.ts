// The admin's view of sessions and join tokens. It is the participants' session object
// seen by nobody in particular (`sessionDto(row, null)`: never the meeting URL or
// password) with both people's emails, and join tokens named only by a hash prefix.
import type { Prisma } from "@/lib/generated/prisma/client";
import { sessionDto, sessionSelect } from "@/lib/sessions/dto";
import type { AdminJoinTokenResponse, AdminPersonResponse, AdminSessionResponse, JoinTokenState } from "@/lib/admin/schemas";

const personSelect = { select: { id: true, name: true, email: true } } as const;

export const adminSessionSelect = { ...sessionSelect, initiator: personSelect, participant: personSelect } as const;

export type AdminSessionRow = Prisma.SessionGetPayload<{ select: typeof adminSessionSelect }>;

const person = (row: AdminPersonResponse): AdminPersonResponse => ({ id: row.id, name: row.name, email: row.email });

export function adminSessionDto(row: AdminSessionRow): AdminSessionResponse {
  return { ...sessionDto(row, null), initiator: person(row.initiator), participant: person(row.participant) };
}

/** Enough of the hash to tell tokens apart and match a log line; far too little to use. */
const HASH_PREFIX_LENGTH = 12;

export const joinTokenSelect = {
  id: true,
  tokenHash: true,
  createdAt: true,
  expiresAt: true,
  usedAt: true,
  revokedAt: true,
  user: personSelect,
} as const;

type JoinTokenRow = Prisma.JoinTokenGetPayload<{ select: typeof joinTokenSelect }>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function joinTokenDto(row: JoinTokenRow, now = new Date()): AdminJoinTokenResponse {
  const state: JoinTokenState = row.usedAt ? "used" : row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "unused";
  return {
    id: row.id,
    hash_prefix: row.tokenHash.slice(0, HASH_PREFIX_LENGTH),
    owner: person(row.user),
    state,
    created_at: row.createdAt.toISOString(),
    expires_at: row.expiresAt.toISOString(),
    used_at: iso(row.usedAt),
    revoked_at: iso(row.revokedAt),
  };
}
