// Examples for the admin user-management operations in the API reference.
import type { AdminActionResponse, AdminUserDetailResponse, AdminUserResponse } from "@/lib/admin/user-schemas";

export const adminUserExample: AdminUserResponse = {
  id: 7,
  name: "Bob",
  email: "bob@example.com",
  role: "user",
  status: "active",
  created_at: "2026-11-20T09:00:00.000Z",
  last_seen_at: "2026-11-27T10:15:00.000Z",
};

export const adminUserDetailExample: AdminUserDetailResponse = {
  ...adminUserExample,
  friends_count: 3,
  sessions_count: 12,
  disabled_reason: null,
  disabled_at: null,
  disabled_by: null,
};

export const disabledUserExample: AdminUserDetailResponse = {
  ...adminUserDetailExample,
  status: "disabled",
  disabled_reason: "Spam in chat",
  disabled_at: "2026-11-27T11:00:00.000Z",
  disabled_by: { id: 1, name: "Ada Admin" },
};

export const adminActionExample: AdminActionResponse = {
  id: 31,
  admin: { id: 1, name: "Ada Admin" },
  action: "user_disabled",
  target_user_id: 7,
  target_user: { id: 7, name: "Bob" },
  target_session_id: null,
  reason: "Spam in chat",
  details: {},
  created_at: "2026-11-27T11:00:00.000Z",
};
