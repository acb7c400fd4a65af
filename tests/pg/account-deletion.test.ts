// DELETE /users/me leaves nothing of the person (README, Your data; GDPR Art. 17): every
// text and JSON column of every table is searched for their email, name and password
// hash afterwards, while the friend's session history still reads "Deleted user".
import { describe, expect, it } from "vitest";
import { api, createUser, makeFriends, randomAddress } from "../support/api-client";
import { withSql } from "../support/sql";

type Column = { table_name: string; column_name: string };

async function textColumns(): Promise<Column[]> {
  return withSql(async (client) => {
    const result = await client.query<Column>(`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'USER-DEFINED', 'ARRAY')
      ORDER BY table_name, column_name`);
    return result.rows;
  });
}

/** Every `table.column` holding `needle` anywhere in its text (case-insensitive). */
async function whereFound(needle: string): Promise<string[]> {
  const columns = await textColumns();
  return withSql(async (client) => {
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const sql = `SELECT count(*)::int AS n FROM "${table_name}" WHERE position(lower($1) in lower("${column_name}"::text)) > 0`;
      const { rows } = await client.query<{ n: number }>(sql, [needle]);
      if (rows[0]!.n > 0) found.push(`${table_name}.${column_name}`);
    }
    return found;
  });
}

describe("DELETE /api/v1/users/me on PostgreSQL", () => {
  it("DELETE /api/v1/users/me – no email, name or password hash of the person is left in any table; the friend's history reads \"Deleted user\"", async () => {
    const tag = `z${Math.random().toString(36).slice(2, 10)}`;
    const name = `Vanishing ${tag}`;
    const leaver = await createUser(name);
    const friend = await createUser(`Remaining ${tag}`);
    const third = await createUser(`Asker ${tag}`);
    await makeFriends(leaver, friend);
    await api("/api/v1/friends/requests", { method: "POST", token: leaver.token, body: { user_id: third.id } });
    await api(`/api/v1/chats/${friend.id}/messages`, { method: "POST", token: leaver.token, body: { text: `from ${name}` } });
    await api(`/api/v1/chats/${leaver.id}/messages`, { method: "POST", token: friend.token, body: { text: `to ${name}` } });
    const past = await api("/api/v1/sessions/create", { method: "POST", token: leaver.token, body: { participant_id: friend.id } });
    expect((await api(`/api/v1/sessions/${past.body.id}/start`, { method: "POST", token: leaver.token })).status).toBe(200);
    expect((await api(`/api/v1/sessions/${past.body.id}/cancel`, { method: "POST", token: leaver.token })).status).toBe(200);
    const open = await api("/api/v1/sessions/create", { method: "POST", token: friend.token, body: { participant_id: leaver.id } });
    await api("/api/v1/invites", { method: "POST", token: leaver.token });
    // A reset link (a token row and a mail addressed to them), and a failed sign-in counter keyed by the email.
    expect((await api("/api/v1/auth/password-reset", { method: "POST", body: { email: leaver.email } })).status).toBe(202);
    await api("/api/v1/auth/token", { method: "POST", body: { email: leaver.email, password: "wrong password entirely" }, headers: { "x-forwarded-for": randomAddress() } });
    const hash = await withSql(async (client) => (await client.query("SELECT password_hash FROM users WHERE id = $1", [leaver.id])).rows[0].password_hash as string);
    expect(hash).toMatch(/^\$argon2id\$/);
    // Before: the search finds them in several places (so the scan can find what it looks for).
    expect((await whereFound(leaver.email)).length).toBeGreaterThan(1);
    expect(await whereFound(name)).toContain("users.name");

    const deleted = await api("/api/v1/users/me", { method: "DELETE", token: leaver.token, body: { password: leaver.password } });
    expect(deleted.status, deleted.text).toBe(204);

    expect(await whereFound(leaver.email)).toEqual([]);
    expect(await whereFound(name)).toEqual([]);
    expect(await whereFound(hash)).toEqual([]);
    // Both sides' messages are gone.
    expect(await whereFound(`to ${name}`)).toEqual([]);

    const history = await api(`/api/v1/sessions/${past.body.id}`, { token: friend.token });
    expect(history.body).toMatchObject({ status: "cancelled", initiator: { id: leaver.id, name: "Deleted user" } });
    const cancelled = await api(`/api/v1/sessions/${open.body.id}/audit-logs`, { token: friend.token });
    expect(cancelled.body.at(-1)).toMatchObject({ event_type: "cancelled", metadata: { reason: "account_deleted" } });
  });
});
