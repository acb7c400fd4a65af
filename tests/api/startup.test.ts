// The production server refuses to start without AUTH_SECRET, and says why.
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { freePort } from "../support/ports";
import { startCommand } from "../support/app-server";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("server start-up", () => {
  it("npm start's server without AUTH_SECRET exits with a clear message", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [...startCommand(), "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: "production", PGLITE_DATA_DIR: path.join(ROOT, ".tmp", `startup-${process.pid}`) },
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
    expect(code).toBe(1);
    expect(output).toContain("Pairline cannot start: AUTH_SECRET is not set");
  });
});
