// Rows to JSON for accounts.
export const userSelect = { id: true, email: true, name: true, role: true } as const;
export const publicUserSelect = { id: true, name: true } as const;

export type UserRow = { id: number; email: string; name: string; role: "user" | "admin" };

export function userDto(user: UserRow) {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
