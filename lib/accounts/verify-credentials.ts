// One sign-in check for both the browser (next-auth) and API clients (POST /auth/token).
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dummyPasswordHash, verifyPassword } from "@/lib/accounts/passwords";
import { userSelect, type UserRow } from "@/lib/accounts/dto";
import { assertLoginAllowed, recordLoginSuccess } from "@/lib/accounts/login-rate-limit";

export async function verifyCredentials({
  db,
  email,
  password,
  clientAddress,
}: {
  db: Db;
  email: string;
  password: string;
  clientAddress: string | null;
}): Promise<UserRow> {
  // Counted as a failure before argon2 runs, so parallel guesses cannot race the limit.
  const reservation = await assertLoginAllowed(db, email, clientAddress);
  const user = await db.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true, status: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) {
    throw new AppError("invalid_credentials");
  }
  await recordLoginSuccess(db, reservation);
  // Only the right password learns the account is disabled; a wrong one stays a plain 401.
  if (user.status === "disabled") throw new AppError("account_disabled");
  const { passwordHash: _hash, status: _status, ...row } = user;
  return row;
}
