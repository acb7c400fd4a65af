// Password reset: what only the database shows (README, Password reset), on PostgreSQL,
// which a test can read beside the server: only the token's hash is stored, with its
// lifetime, and an expired link is refused.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { INVALID, resetServer } from "../support/password-reset-server";

const { newUser, requestReset, resetMail, confirm, signIn, tokenOf, sql } = resetServer("pairline_reset_storage");

describe("password reset tokens in the database", () => {
  it("POST /api/v1/auth/password-reset – only the token's hash is stored, valid 30 minutes", async () => {
    const user = await newUser("Hugo Hash");
    expect((await requestReset(user.email)).status).toBe(202);
    const token = tokenOf(await resetMail(user.email));
    const [stored] = await sql("SELECT token_hash, extract(epoch FROM expires_at - created_at)::float AS ttl FROM password_reset_tokens WHERE user_id = $1", [user.id]);
    expect(stored.token_hash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(stored.ttl).toBeGreaterThan(1795);
    expect(stored.ttl).toBeLessThanOrEqual(1800);
    expect(await sql("SELECT 1 FROM password_reset_tokens WHERE token_hash = $1", [token])).toHaveLength(0);
  }, 60_000);

  it("POST /api/v1/auth/password-reset/confirm – an expired link is refused and changes nothing", async () => {
    const user = await newUser("Eve Expired");
    expect((await requestReset(user.email)).status).toBe(202);
    const token = tokenOf(await resetMail(user.email));
    await sql("UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1", [user.id]);
    const expired = await confirm(token);
    expect(expired.status).toBe(400);
    expect(expired.body).toEqual(INVALID);
    expect((await signIn(user.email, user.password)).status).toBe(200);
  }, 60_000);
});
