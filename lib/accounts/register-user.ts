import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { hashPassword } from "@/lib/accounts/passwords";
import { assertStrongPassword } from "@/lib/accounts/password-strength";
import { userSelect, type UserRow } from "@/lib/accounts/dto";
import type { RegisterBody } from "@/lib/accounts/schemas";
import { limits } from "@/lib/rate-limit/limits";
import { assertWithinLimit } from "@/lib/rate-limit/limiter";
import { befriendInviter, claimInvite } from "@/lib/invites/redeem-invite";

export async function registerUser({
  db,
  input,
  role = "user",
  clientAddress,
}: {
  db: Db;
  input: RegisterBody;
  role?: "user" | "admin";
  /** Sign-ups over the API are limited per address (README, Abuse limits); scripts pass none. */
  clientAddress?: string | null;
}): Promise<UserRow> {
  // Every attempt counts, taken or not, and before the costly hash.
  if (clientAddress !== undefined) await assertWithinLimit(db, limits().registrations, clientAddress ?? "unknown");
  assertStrongPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  try {
    // One transaction: a refused invite, or an email already taken, creates nothing and
    // uses up nothing.
    return await db.$transaction(async (tx) => {
      const inviterId = input.invite === undefined ? null : await claimInvite(tx, input.invite);
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, role }, select: userSelect });
      if (inviterId !== null) await befriendInviter(tx, inviterId, user.id);
      return user;
    });
  } catch (error) {
    // The unique index decides, so two parallel registrations cannot both win.
    if (isUniqueViolation(error)) {
      throw new AppError("email_taken", { fields: { email: "Already registered" } });
    }
    throw error;
  }
}
