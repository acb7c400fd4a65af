// npm run db:seed – the two demo users, already friends, with a first chat message.
// Safe to run again: existing users are left as they are.
import "./load-env";
import { closeDb, getDb } from "@/lib/db";
import { hashPassword } from "@/lib/accounts/passwords";
import { orderedPair } from "@/lib/friends/pair";

const DEMO_PASSWORD = "pairline-demo";
const DEMO_USERS = [
  { email: "alice@example.com", name: "Alice Demo" },
  { email: "bob@example.com", name: "Bob Demo" },
];

async function main() {
  const db = await getDb();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [alice, bob] = await Promise.all(
    DEMO_USERS.map((user) =>
      db.user.upsert({ where: { email: user.email }, update: {}, create: { ...user, passwordHash }, select: { id: true, name: true } }),
    ),
  );
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
  console.log(`Demo users ready: ${DEMO_USERS.map((user) => user.email).join(", ")} (password: ${DEMO_PASSWORD}), already friends.`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeDb);
