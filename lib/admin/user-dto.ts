// Rows to JSON for the admin user-management API (lib/admin/user-schemas.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdminActionResponse, AdminUserResponse } from "@/lib/admin/user-schemas";

export const adminUserSelect = { id: true, name: true, email: true, role: true, status: true, createdAt: true, lastSeenAt: true } as const;
type AdminUserRow = Prisma.UserGetPayload<{ select: typeof adminUserSelect }>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function adminUserDto(row: AdminUserRow): AdminUserResponse {
  return { id: row.id, name: row.name, email: row.email, role: row.role, status: row.status, created_at: row.createdAt.toISOString(), last_seen_at: iso(row.lastSeenAt) };
}

const ref = { select: { id: true, name: true } } as const;

export const adminActionSelect = {
  id: true,
  action: true,
  targetUserId: true,
  targetSessionId: true,
  reason: true,
  details: true,
  createdAt: true,
  admin: ref,
  targetUser: ref,
} as const;
type AdminActionRow = Prisma.AdminActionGetPayload<{ select: typeof adminActionSelect }>;

export function adminActionDto(row: AdminActionRow): AdminActionResponse {
  const details = (row.details ?? {}) as { from?: "user" | "admin"; to?: "user" | "admin" };
  return {
    id: row.id,
    admin: row.admin,
    action: row.action,
    target_user_id: row.targetUserId,
    target_user: row.targetUser,
    target_session_id: row.targetSessionId,
    reason: row.reason,
    details: row.action === "role_changed" ? { from: details.from, to: details.to } : {},
    created_at: row.createdAt.toISOString(),
  };
}
