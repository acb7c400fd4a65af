// npm run db:seed – the two demo users, already friends, with a first chat message, and a
// demo admin. Safe to run again: existing users are left as they are. Prints each account,
// with the demo password only where it still works (someone may have changed it since).
import "./load-env";
import { closeDb, getDb } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/accounts/passwords";
import { orderedPair } from "@/lib/friends/pair";

const DEMO_PASSWORD = "pairline-demo";
const DEMO_USERS = [
  { email: "alice@example.com", name: "Alice Demo" },
  { email: "bob@example.com", name: "Bob Demo" },
];
const DEMO_ADMIN = { email: "admin@example.com", name: "Ada Admin", role: "admin" as const };

async function main() {
  const db = await getDb();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [alice, bob] = await Promise.all(
    DEMO_USERS.map((user) =>
      db.user.upsert({ where: { email: user.email }, update: {}, create: { ...user, passwordHash }, select: { id: true, name: true } }),
    ),
  );
  await db.user.upsert({ where: { email: DEMO_ADMIN.email }, update: {}, create: { ...DEMO_ADMIN, passwordHash }, select: { id: true } });
  const pair = orderedPair(alice!.id, bob!.id);
  await db.friendship.upsert({ where: { userLowId_userHighId: pair }, update: {}, create: pair });
  const conversation = await db.conversation.upsert({
    where: { userLowId_userHighId: pair },
    update: {},
    create: { ...pair },
    select: { id: true, lastMessageAt: true },
  });
  if (!conversation.lastMessageAt) {
    const message = await db.message.create({
      data: { conversationId: conversation.id, senderId: alice!.id, text: "Hi Bob! Want to pair on that bug later?" },
      select: { createdAt: true },
    });
    await db.conversation.update({ where: { id: conversation.id }, data: { lastMessageAt: message.createdAt } });
  }
  console.log(await accountsSummary());
}

/** "alice@example.com / pairline-demo", or that its password was changed: never a password that no longer works. */
async function accountsSummary(): Promise<string> {
  const db = await getDb();
  const lines: string[] = [];
  for (const { email } of [...DEMO_USERS, DEMO_ADMIN]) {
    const user = await db.user.findUnique({ where: { email }, select: { passwordHash: true, role: true } });
    if (!user) continue;
    const works = await verifyPassword(user.passwordHash, DEMO_PASSWORD);
    const role = user.role === "admin" ? " (admin)" : "";
    lines.push(`  ${email}${role}: ${works ? `password ${DEMO_PASSWORD}` : "its password was changed since the demo created it (use yours, or Forgot password)"}`);
  }
  return `Demo accounts (Alice and Bob are already friends):\n${lines.join("\n")}`;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeDb);
