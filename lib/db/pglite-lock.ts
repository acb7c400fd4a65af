// PGlite has no lock of its own: two processes on one directory each see their own
// state and silently lose writes. This lock file makes the second process fail loudly.
import fs from "node:fs";
import path from "node:path";

class DatabaseLockedError extends Error {
  override name = "DatabaseLockedError";
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes `<dataDir>.lock` for this process; returns a function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockPath, "utf8").trim());
      if (holder === process.pid) {
        throw new DatabaseLockedError(`The embedded database ${dataDir} is already open in this process.`);
      }
      if (Number.isInteger(holder) && holder > 0 && processIsAlive(holder)) {
        throw new DatabaseLockedError(
          `The embedded database at ${dataDir} is in use by process ${holder}. ` +
            "PGlite allows one process at a time: stop that process (the app server, a migration " +
            "or a script) and try again, or set DATABASE_URL to use PostgreSQL.",
        );
      }
      // The holder died without releasing: the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseLockedError(`Could not lock the embedded database at ${dataDir}.`);
}
