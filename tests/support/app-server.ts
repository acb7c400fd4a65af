// Starts the real production build (`npm start`'s standalone server) against a fresh database, for API
// and browser tests. Migrations run first through the same `npm run db:migrate` path
// users run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "./ports";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * What `npm start` runs, as node arguments (its V8 flags, then Next's CLI): test and
 * benchmark servers start the way an operator's does, heap cap included.
 */
export function startCommand(): string[] {
  const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
  const [program, ...args] = scripts.start!.split(/\s+/);
  if (program !== "node") throw new Error(`package.json's start script should run node, not ${program}`);
  return args.map((arg) => (/^(node_modules|scripts)\//.test(arg) ? path.join(ROOT, arg) : arg));
}

export type AppServer = {
  baseUrl: string;
  env: Record<string, string>;
  pid: number;
  /** Everything the server wrote to stdout and stderr (its JSON log lines among them). */
  logPath: string;
  /** Settles when the server process exits. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
};

export const TEST_AUTH_SECRET = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";

export async function startAppServer({
  name,
  databaseUrl,
  extraEnv = {},
  admins = [],
  beforeStart,
}: {
  name: string;
  /** PostgreSQL URL; when absent the server gets a fresh embedded PGlite directory. */
  databaseUrl?: string;
  extraEnv?: Record<string, string>;
  /**
   * Accounts to make admins through `scripts/create-admin.ts` before the server starts
   * (the server then owns an embedded database, so nothing else may open it).
   */
  admins?: { email: string; password: string; name?: string }[];
  /** Runs after the migrations, before the server owns the database (e.g. a benchmark's seed). */
  beforeStart?: (env: Record<string, string>) => void;
}): Promise<AppServer> {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` before the API tests (npm run test:all does).");
  }
  const port = await freePort();
  const workDir = path.join(ROOT, ".tmp", `${name}-${process.pid}-${Date.now()}`);
  fs.mkdirSync(workDir, { recursive: true });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/root",
    NODE_ENV: "production",
    AUTH_SECRET: TEST_AUTH_SECRET,
    APP_URL: baseUrlOf(String(port)),
    PORT: String(port),
    // An empty DATABASE_URL also keeps a developer's .env from pointing the tests elsewhere.
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "", PGLITE_DATA_DIR: path.join(workDir, "pglite") }),
    // Without SMTP_URL the outbox writes .eml files: keep them with the server, not in the checkout.
    MAIL_DIR: path.join(workDir, "mail"),
    ...extraEnv,
  };
  const migrate = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/migrate.ts"], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`Migration failed:\n${migrate.stdout}\n${migrate.stderr}`);
  for (const admin of admins) {
    // `--option=value`: a generated password may start with "-", which the spaced form reads as an option.
    const args = ["scripts/create-admin.ts", `--email=${admin.email}`, `--password=${admin.password}`, ...(admin.name ? [`--name=${admin.name}`] : [])];
    const created = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), ...args], { cwd: ROOT, env: env as NodeJS.ProcessEnv, encoding: "utf8" });
    if (created.status !== 0) throw new Error(`create-admin failed:\n${created.stdout}\n${created.stderr}`);
  }

  beforeStart?.(env);

  const logPath = path.join(workDir, "server.log");
  const log = fs.openSync(logPath, "a");
  // freePort() only finds a port that was free a moment ago: another process (a parallel
  // test run, another checkout's server) may take it before ours listens. Then our server
  // exits with EADDRINUSE, and a probe alone could even be answered by the other process.
  // So the server counts as started only once it logged that *it* listens, and a port
  // lost to someone else is replaced by a fresh one.
  let launched = await launch(env, log, logPath);
  for (let attempt = 2; !launched && attempt <= 3; attempt++) {
    const port = String(await freePort());
    if (env.APP_URL === baseUrlOf(env.PORT!)) env.APP_URL = baseUrlOf(port);
    env.PORT = port;
    launched = await launch(env, log, logPath);
  }
  if (!launched) throw new Error(`The app server could not get a free port:\n${fs.readFileSync(logPath, "utf8")}`);
  const { child, exitedPromise, isExited } = launched;
  const baseUrl = baseUrlOf(env.PORT!);

  return {
    baseUrl,
    pid: child.pid!,
    env,
    logPath,
    exited: exitedPromise,
    stop: async () => {
      if (!isExited()) child.kill("SIGTERM");
      await exitedPromise;
      if (process.env.KEEP_SERVER_LOGS) fs.copyFileSync(logPath, `${workDir}.log`);
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

const baseUrlOf = (port: string) => `http://127.0.0.1:${port}`;

type Launched = { child: ChildProcess; exitedPromise: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; isExited: () => boolean };

/** Starts the server on env.PORT; undefined when that port turned out to be taken. */
async function launch(env: Record<string, string>, log: number, logPath: string): Promise<Launched | undefined> {
  const logStart = fs.statSync(logPath).size;
  const ownLog = () => fs.readFileSync(logPath).subarray(logStart).toString("utf8");
  const child: ChildProcess = spawn(process.execPath, [...startCommand(), "-p", env.PORT!, "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", log, log],
  });
  let exited = false;
  const exitedPromise = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      exited = true;
      resolve({ code, signal });
    }),
  );

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      if (ownLog().includes("EADDRINUSE")) return undefined;
      throw new Error(`The app server exited during start:\n${fs.readFileSync(logPath, "utf8")}`);
    }
    // Next logs "Ready in" once its own server listens (node_modules/next/dist/server/lib/start-server.js).
    if (ownLog().includes("Ready in")) {
      try {
        const response = await fetch(`${baseUrlOf(env.PORT!)}/api/v1/users/me`);
        if (response.status === 401) return { child, exitedPromise, isExited: () => exited };
      } catch {
        // listening, not answering yet
      }
    }
    if (Date.now() > deadline) throw new Error(`The app server did not start in time:\n${fs.readFileSync(logPath, "utf8")}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
