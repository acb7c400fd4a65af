// A throwaway PostgreSQL cluster from /usr/lib/postgresql/*/bin for the database suite.
// initdb refuses to run as root, so as root the cluster belongs to the postgres user.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./ports";

function findBinDir(): string {
  const candidates = [process.env.PG_BIN_DIR, "/usr/lib/postgresql/15/bin"].filter(Boolean) as string[];
  if (fs.existsSync("/usr/lib/postgresql")) {
    for (const version of fs.readdirSync("/usr/lib/postgresql").sort().reverse()) candidates.push(`/usr/lib/postgresql/${version}/bin`);
  }
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "initdb")));
  if (!found) throw new Error("PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin). Install postgresql.");
  return found;
}

export type PostgresCluster = {
  url: (database: string) => string;
  createDatabase: (name: string) => void;
  /** Stops the server as an outage would (fast shutdown: sessions are terminated); data stays. */
  pause: () => Promise<void>;
  /** Starts the stopped server again on the same port. */
  resume: () => Promise<void>;
  /**
   * Freezes the running server (SIGSTOP to the postmaster and every backend) as a hung
   * host or a network partition would: connections stay open and nothing answers.
   */
  freeze: () => void;
  /** Lets a frozen server run on (SIGCONT), as if nothing happened. */
  thaw: () => void;
  /** Stops the server and deletes the cluster. */
  stop: () => void;
};

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findBinDir();
  const port = await freePort();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "pairline-pg-"));
  const dataDir = path.join(base, "data");
  const socketDir = path.join(base, "socket");
  fs.mkdirSync(dataDir);
  fs.mkdirSync(socketDir);
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const result = asRoot
      ? spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", [command, ...args].map((part) => `'${part}'`).join(" ")], { encoding: "utf8" })
      : spawnSync(command, args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${path.basename(command)} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  if (asRoot) {
    fs.chmodSync(base, 0o755);
    execFileSync("chown", ["-R", "postgres:postgres", base]);
  }
  run(path.join(bin, "initdb"), ["-D", dataDir, "--auth=trust", "--username=postgres", "--encoding=UTF8", "--no-sync"]);
  const startArgs = [
    "-D", dataDir, "-l", path.join(base, "server.log"), "-w", "start",
    "-o", `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
  ];
  run(path.join(bin, "pg_ctl"), startArgs);
  // Without blocking the test's event loop: its traffic keeps running meanwhile.
  const runAsync = (command: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const [file, fileArgs] = asRoot ? ["su", ["postgres", "-s", "/bin/sh", "-c", [command, ...args].map((part) => `'${part}'`).join(" ")]] : [command, args];
      execFile(file, fileArgs as string[], (error, _stdout, stderr) => (error ? reject(new Error(`${path.basename(command)} failed: ${stderr}`)) : resolve()));
    });
  const psql = (sql: string) => run(path.join(bin, "psql"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", sql]);
  const postmasterPid = () => Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  /** The postmaster's children (backends, the listener's among them, and background workers). */
  const childrenOf = (parent: number): number[] =>
    fs
      .readdirSync("/proc")
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          // Field 4 of /proc/<pid>/stat is the parent; the name (field 2) may hold spaces, so count from its ")".
          const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
          return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === parent;
        } catch {
          return false; // exited meanwhile
        }
      })
      .map(Number);
  const signalAll = (pids: number[], signal: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // exited meanwhile
      }
    }
  };
  let frozen: number[] = [];
  return {
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => void psql(`CREATE DATABASE "${name}"`),
    pause: () => runAsync(path.join(bin, "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "stop"]),
    resume: () => runAsync(path.join(bin, "pg_ctl"), startArgs),
    freeze: () => {
      // The postmaster first: once it is stopped it forks no backend we could miss.
      const postmaster = postmasterPid();
      signalAll([postmaster], "SIGSTOP");
      frozen = [postmaster, ...childrenOf(postmaster)];
      signalAll(frozen, "SIGSTOP");
    },
    thaw: () => {
      signalAll(frozen, "SIGCONT");
      frozen = [];
    },
    stop: () => {
      try {
        signalAll(frozen, "SIGCONT");
        run(path.join(bin, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "stop"]);
      } finally {
        fs.rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
