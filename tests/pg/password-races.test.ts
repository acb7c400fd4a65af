// Password changes under real parallel requests against PostgreSQL: the update is
// guarded on the caller's token version, so one change wins and the version moves once.
import { describe, expect, it } from "vitest";
import { api, createUser, randomAddress } from "../support/api-client";
import { count } from "../support/sql";

// Losers may record failed sign-ins (their current password became wrong); five
// requests stay under the per-account limit of 5 failures, so the winner can sign in.
const N = 5;

describe("password changes on PostgreSQL", () => {
  it(`POST /api/v1/auth/password – ${N} parallel changes by one token: exactly one 204, the version bumped once`, async () => {
    for (let round = 0; round < 3; round++) {
      const user = await createUser("Race Changer");
      const passwords = Array.from({ length: N }, (_, index) => `parallel harbor ${round} lantern ${index} quill`);
      const responses = await Promise.all(
        passwords.map((newPassword) =>
          api("/api/v1/auth/password", {
            method: "POST",
            token: user.token,
            body: { current_password: user.password, new_password: newPassword },
            headers: { "x-forwarded-for": randomAddress() },
          }),
        ),
      );
      const winners = responses.flatMap((response, index) => (response.status === 204 ? [index] : []));
      expect(winners, JSON.stringify(responses.map((response) => [response.status, response.body?.error?.code]))).toHaveLength(1);
      for (const response of responses.filter((candidate) => candidate.status !== 204)) {
        expect(response.status).toBe(401);
        expect(["not_authenticated", "invalid_credentials"]).toContain(response.body.error.code);
      }
      expect(await count("SELECT count(*) FROM users WHERE id = $1 AND token_version = 1", [user.id])).toBe(1);
      const signIn = (password: string) => api("/api/v1/auth/token", { method: "POST", body: { email: user.email, password }, headers: { "x-forwarded-for": randomAddress() } });
      expect((await signIn(passwords[winners[0]!]!)).status).toBe(200);
      expect((await api("/api/v1/users/me", { token: user.token })).status).toBe(401);
    }
  });
});
