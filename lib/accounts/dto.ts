// Rows to JSON for accounts.
export const userSelect = { id: true, email: true, name: true, role: true, tokenVersion: true } as const;
export const publicUserSelect = { id: true, name: true } as const;

/** `tokenVersion` is read with the user so that every credential can be checked against it; it never leaves the server. */
export type UserRow = { id: number; email: string; name: string; role: "user" | "admin"; tokenVersion: number };

export function userDto(user: UserRow) {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
