// The production server refuses to start with a broken configuration (no AUTH_SECRET, half a provider mode), and says why.
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { freePort } from "../support/ports";
import { startCommand } from "../support/app-server";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Starts `npm start`'s server with this environment; resolves with its exit code (null: still running after 25 s) and output. */
async function startWith(extraEnv: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...startCommand(), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: "production", PGLITE_DATA_DIR: path.join(ROOT, ".tmp", `startup-${process.pid}`), ...extraEnv },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 25_000);
    child.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, output };
}

describe("server start-up", () => {
  it("npm start's server without AUTH_SECRET exits with a clear message", async () => {
    const { code, output } = await startWith({});
    expect(code).toBe(1);
    expect(output).toContain("Pairline cannot start: AUTH_SECRET is not set");
  });

  // README, The gate, enforced by the provider: half a mode would leave the gate ours alone without saying so.
  it.each([
    ["self-hosted Jitsi JWT without its secret", { JITSI_JWT_APP_ID: "pairline" }, "Self-hosted Jitsi JWT is half configured: JITSI_JWT_APP_ID, JITSI_JWT_SECRET must all be set (or none); missing JITSI_JWT_SECRET."],
    ["JaaS without its private key", { JAAS_APP_ID: "vpaas-magic-cookie-abc", JAAS_KEY_ID: "vpaas-magic-cookie-abc/123" }, "8x8 JaaS is half configured: JAAS_APP_ID, JAAS_KEY_ID, JAAS_PRIVATE_KEY must all be set (or none); missing JAAS_PRIVATE_KEY."],
    ["JaaS with a private key that is not one", { JAAS_APP_ID: "vpaas-magic-cookie-abc", JAAS_KEY_ID: "vpaas-magic-cookie-abc/123", JAAS_PRIVATE_KEY: "not a key" }, "JAAS_PRIVATE_KEY must be the RSA private key"],
  ])("next start with %s exits with a clear message", async (_label, extraEnv, message) => {
    const { code, output } = await startWith({ AUTH_SECRET: "startup-test-secret-0123456789-abcdefghijkl", ...extraEnv });
    expect(code).toBe(1);
    expect(output).toContain(`Pairline cannot start: ${message}`);
  });
});
