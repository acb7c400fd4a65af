// The facts authentication needs about a user on every request ({role, tokenVersion} and
// the identity shown back), kept in a cache the change feed evicts: a role change or a
// token-version bump (any UPDATE of role, token_version, name or email) is heard by every
// instance, and while the feed is down every request reads the row.
import { getDb } from "@/lib/db";
import { changeFeed } from "@/lib/changes";
import { FeedCache, sharedCache } from "@/lib/changes/cache";
import type { UserRow } from "@/lib/accounts/dto";

type StoredSignOutReason = "password_changed" | "signed_out_everywhere" | "role_changed";
type AuthFacts = Readonly<UserRow & { tokenVersion: number; status: "active" | "disabled"; signedOutReason: StoredSignOutReason | null }>;

function users() {
  return sharedCache("auth-users", () =>
    new FeedCache<number, AuthFacts | null>({
      feed: changeFeed(),
      keysFor: (change) => (change.kind === "user" ? change.users : []),
      maxEntries: 50_000,
      keep: (user) => user !== null,
    }),
  );
}

export async function loadAuthUser(userId: number): Promise<AuthFacts | null> {
  return users().get(userId, async () => {
    const db = await getDb();
    // A status change always comes with a token-version bump, so the feed evicts it too.
    const rows = await db.$queryRaw<AuthFacts[]>`
      SELECT id, email, name, role::text AS role, token_version AS "tokenVersion", status::text AS status,
        signed_out_reason::text AS "signedOutReason" FROM users WHERE id = ${userId}`;
    return rows[0] ? Object.freeze(rows[0]) : null;
  });
}
