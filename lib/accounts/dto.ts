// Rows to JSON for accounts (lib/accounts/schemas.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserResponse } from "@/lib/accounts/schemas";

export const userSelect = { id: true, email: true, name: true, role: true, tokenVersion: true } as const;
export const publicUserSelect = { id: true, name: true } as const;

/** `tokenVersion` is read with the user so that every credential can be checked against it; it never leaves the server. */
export type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

export function userDto(user: UserRow): UserResponse {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
