// `npm run db:seed` (run by `npm run demo`): the demo users and a demo admin, printed with
// the demo password only while it still works.
import { describe, expect, it } from "vitest";
import { migratedPgliteForScripts } from "../support/script-database";

const { runScript, sql } = migratedPgliteForScripts("seed-demo");

describe("seed-demo", () => {
  it("creates Alice, Bob and an admin, and prints each with the password", async () => {
    const result = runScript("scripts/seed-demo.ts");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("alice@example.com: password pairline-demo");
    expect(result.stdout).toContain("bob@example.com: password pairline-demo");
    expect(result.stdout).toContain("admin@example.com (admin): password pairline-demo");
    expect(await sql<{ email: string; role: string }>(`SELECT email, role::text AS role FROM users ORDER BY email`)).toEqual([
      { email: "admin@example.com", role: "admin" },
      { email: "alice@example.com", role: "user" },
      { email: "bob@example.com", role: "user" },
    ]);
  }, 60_000);

  it("run again after Alice changed her password: leaves her as she is and does not print a password that no longer works", async () => {
    const [bob] = await sql<{ password_hash: string }>(`SELECT password_hash FROM users WHERE email = 'bob@example.com'`);
    // A changed password: the same hash format with another digest, which the demo password does not match.
    await sql(`UPDATE users SET password_hash = '${bob!.password_hash.replace(/[^$]+$/, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")}' WHERE email = 'alice@example.com'`);
    const result = runScript("scripts/seed-demo.ts");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/alice@example\.com: its password was changed/);
    expect(result.stdout).not.toContain("alice@example.com: password");
    expect(result.stdout).toContain("bob@example.com: password pairline-demo");
    expect(await sql<{ n: number }>(`SELECT count(*)::int AS n FROM users`)).toEqual([{ n: 3 }]);
  }, 60_000);
});
