// Rows to JSON for invitation links (lib/invites/schemas.ts).
import { env } from "@/lib/env";
import type { InviteResponse } from "@/lib/invites/schemas";

export const inviteSelect = { id: true, code: true, createdAt: true, expiresAt: true, uses: true, maxUses: true } as const;

type InviteRow = { id: number; code: string; createdAt: Date; expiresAt: Date; uses: number; maxUses: number };

export function inviteUrl(code: string): string {
  return `${env().APP_URL}/invite/${code}`;
}

export function inviteDto(row: InviteRow): InviteResponse {
  return {
    id: row.id,
    url: inviteUrl(row.code),
    expires_at: row.expiresAt.toISOString(),
    created_at: row.createdAt.toISOString(),
    uses: row.uses,
    max_uses: row.maxUses,
  };
}
