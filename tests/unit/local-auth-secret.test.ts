import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script shared by `npm run dev` and `npm run demo`
import { ensureLocalAuthSecret } from "../../scripts/local-auth-secret.mjs";

describe("ensureLocalAuthSecret (npm run dev / npm run demo)", () => {
  let dir: string;
  const run = (options: Record<string, unknown> = {}) => ensureLocalAuthSecret({ dir, env: {}, log: () => {}, ...options });
  const local = () => fs.readFileSync(path.join(dir, ".env.local"), "utf8");

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairline-secret-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes a random 256-bit secret once, keeping what .env.local had", () => {
    fs.writeFileSync(path.join(dir, ".env.local"), "PORT=4000");
    expect(run()).toBe(true);
    expect(local()).toMatch(/^PORT=4000\nAUTH_SECRET=[A-Za-z0-9_-]{43}\n$/);
    const first = local();
    expect(run()).toBe(false);
    expect(local()).toBe(first);
  });

  it("two checkouts get different secrets", () => {
    run();
    const first = local();
    fs.rmSync(path.join(dir, ".env.local"));
    run();
    expect(local()).not.toBe(first);
  });

  it("leaves things alone when a secret is already configured", () => {
    expect(run({ env: { AUTH_SECRET: "from-the-environment" } })).toBe(false);
    fs.writeFileSync(path.join(dir, ".env"), "AUTH_SECRET=set-in-dot-env\n");
    expect(run()).toBe(false);
    expect(fs.existsSync(path.join(dir, ".env.local"))).toBe(false);
  });

  it("an empty AUTH_SECRET= (a copied .env.example) does not count as set", () => {
    fs.writeFileSync(path.join(dir, ".env"), "AUTH_SECRET=\n");
    expect(run()).toBe(true);
    expect(local()).toMatch(/AUTH_SECRET=\S{43}/);
  });

  it("a secret for the other mode does not count", () => {
    fs.writeFileSync(path.join(dir, ".env.production"), "AUTH_SECRET=prod-only\n");
    expect(run({ mode: "development" })).toBe(true);
    fs.rmSync(path.join(dir, ".env.local"));
    expect(run({ mode: "production" })).toBe(false);
  });
});
