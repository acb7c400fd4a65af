// `npm run create-admin` on embedded PGlite: a password that starts with "-" (a generated one
// can) works in the --password=P form, and the spaced form fails with usage, changing nothing.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migratedPgliteForScripts } from "../support/script-database";

const { runScript, sql, dataDir } = migratedPgliteForScripts("create-admin");

async function adminEmails(): Promise<string[]> {
  const rows = await sql<{ email: string }>(`SELECT email FROM users WHERE role = 'admin' ORDER BY email`);
  return rows.map((row) => row.email);
}

describe("create-admin", () => {
  const password = "-Qx7vN2kLp9aZ4rT";

  it("refuses the spaced form of a dash-leading password with usage, and creates no one", async () => {
    const result = runScript("scripts/create-admin.ts", "--email", "dash@example.test", "--password", password);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage: npm run create-admin");
    expect(result.stderr).toContain("--password=P");
    expect(await adminEmails()).toEqual([]);
  }, 60_000);

  it("creates the admin from the --password=P form", async () => {
    const result = runScript("scripts/create-admin.ts", "--email=dash@example.test", `--password=${password}`, "--name=Dash Admin");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Created admin dash@example\.test/);
    expect(await adminEmails()).toEqual(["dash@example.test"]);
  }, 60_000);

  it("while the app holds the embedded database, says exactly what to do, and changes nothing", async () => {
    // A live process (this test runner) holds the lock, as a running demo would.
    const lockPath = `${path.resolve(dataDir())}.lock`;
    fs.writeFileSync(lockPath, String(process.pid));
    try {
      const result = runScript("scripts/create-admin.ts", "--email=busy@example.test", `--password=${password}`);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`in use by process ${process.pid}`);
      expect(result.stderr).toContain("admin@example.com");
      expect(result.stderr).toContain("stop the app (Ctrl+C in its terminal), run this command again");
    } finally {
      fs.rmSync(lockPath, { force: true });
    }
    expect(await adminEmails()).toEqual(["dash@example.test"]);
  }, 60_000);
});
