// Parallel sign-ups through one invitation link with one use left, on PostgreSQL: the
// use is counted by one guarded UPDATE in the sign-up's transaction, so exactly one gets
// the account and the friendship, and the others create nothing.
import { describe, expect, it } from "vitest";
import { api, createUser, randomAddress, STRONG_PASSWORD, uniqueEmail } from "../support/api-client";
import { count, withSql } from "../support/sql";

const N = 8;

describe("invitation links on PostgreSQL", () => {
  it(`POST /api/v1/auth/register – ${N} parallel sign-ups on a link with 1 use left: exactly one 201`, async () => {
    for (let round = 0; round < 3; round++) {
      const inviter = await createUser("Race Inviter");
      const created = await api("/api/v1/invites", { method: "POST", token: inviter.token });
      expect(created.status, created.text).toBe(201);
      await withSql((client) => client.query("UPDATE invites SET uses = max_uses - 1 WHERE id = $1", [created.body.id]));
      const code = created.body.url.split("/invite/")[1];
      const emails = Array.from({ length: N }, () => uniqueEmail("racer"));
      const responses = await Promise.all(
        emails.map((email, index) =>
          api("/api/v1/auth/register", {
            method: "POST",
            body: { email, password: STRONG_PASSWORD, name: `Racer ${index}`, invite: code },
            headers: { "x-forwarded-for": randomAddress() },
          }),
        ),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 201), JSON.stringify(statuses)).toHaveLength(1);
      for (const response of responses.filter((candidate) => candidate.status !== 201)) {
        expect(response.status).toBe(400);
        expect(response.body.error.fields).toEqual({ invite: expect.any(String) });
      }
      expect(await count("SELECT count(*) FROM users WHERE email = ANY($1)", [emails])).toBe(1);
      expect(await count("SELECT count(*) FROM invites WHERE id = $1 AND uses = max_uses", [created.body.id])).toBe(1);
      expect(await count("SELECT count(*) FROM friendships WHERE user_low_id = $1 OR user_high_id = $1", [inviter.id])).toBe(1);
    }
  });
});
