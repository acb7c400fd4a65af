// PATCH /api/v1/users/me (README, Accounts): a rename shows at once, a name over 80
// characters is refused with a field error, never cut (at registration too).
import { describe, expect, it } from "vitest";
import { api, createUser, makeFriends, STRONG_PASSWORD, uniqueEmail } from "../support/api-client";

const TOO_LONG = {
  error: { code: "validation_failed", message: "The request body is invalid.", fields: { name: "At most 80 characters" } },
};

describe("PATCH /api/v1/users/me", () => {
  it("PATCH /api/v1/users/me – 200 the user; a friend sees the new name at once", async () => {
    const alice = await createUser("Alice Before");
    const bob = await createUser("Bob Watcher");
    await makeFriends(alice, bob);
    // Bob's list is read (and cached) before the rename.
    expect((await api("/api/v1/friends", { token: bob.token })).body[0].user.name).toBe("Alice Before");

    const renamed = await api("/api/v1/users/me", { method: "PATCH", token: alice.token, body: { name: "  Alice After  " } });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body).toEqual({ id: alice.id, email: alice.email, name: "Alice After", role: "user" });
    expect((await api("/api/v1/users/me", { token: alice.token })).body.name).toBe("Alice After");
    expect((await api("/api/v1/friends", { token: bob.token })).body[0].user).toMatchObject({ id: alice.id, name: "Alice After" });
  });

  it("PATCH /api/v1/users/me – a name of 80 characters is kept whole; 81 is a 400 with fields.name and changes nothing", async () => {
    const user = await createUser("Len Limit");
    const eighty = "n".repeat(80);
    expect((await api("/api/v1/users/me", { method: "PATCH", token: user.token, body: { name: eighty } })).body.name).toBe(eighty);
    const refused = await api("/api/v1/users/me", { method: "PATCH", token: user.token, body: { name: `${eighty}x` } });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual(TOO_LONG);
    expect((await api("/api/v1/users/me", { token: user.token })).body.name).toBe(eighty);
  });

  it.each([
    ["blank", { name: "   " }, { name: "Required" }],
    ["missing", {}, { name: expect.any(String) }],
    ["unknown field", { name: "Ok", email: "x@y.test" }, { email: "Unknown field" }],
  ])("PATCH /api/v1/users/me – %s: 400", async (_title, body, fields) => {
    const user = await createUser("Val Bad");
    const refused = await api("/api/v1/users/me", { method: "PATCH", token: user.token, body });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "validation_failed", fields });
  });

  it("POST /api/v1/auth/register – a name over 80 characters is refused with fields.name, and no account is made", async () => {
    const email = uniqueEmail("long");
    const refused = await api("/api/v1/auth/register", { method: "POST", body: { email, password: STRONG_PASSWORD, name: "n".repeat(81) } });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual(TOO_LONG);
    expect((await api("/api/v1/auth/token", { method: "POST", body: { email, password: STRONG_PASSWORD } })).status).toBe(401);
  });
});
