// Graceful shutdown, built on `next start`'s own SIGTERM handling (measured in
// node_modules/next/dist/server/lib/start-server.js): Next stops accepting connections,
// waits for the open ones to finish, then calls process.exit(143). We add what it does
// not know about: readiness turns 503 at once (isShuttingDown), registered hooks close
// long-lived work such as event streams (onShutdown), and the database is closed before
// the process exits, with 0, within the deadline even when a client never lets go.
import { logger } from "@/lib/log";

type Hook = () => void | Promise<void>;
type ShutdownState = { shuttingDown: boolean; hooks: Set<Hook>; installed: boolean };

const holder = globalThis as typeof globalThis & { __pairlineShutdown?: ShutdownState };
const state: ShutdownState = (holder.__pairlineShutdown ??= { shuttingDown: false, hooks: new Set(), installed: false });

/** The process exits no later than this after the signal (README, Operations: allow the instance 10 s). */
const SHUTDOWN_DEADLINE_MS = 7_000;
/** How long closing the database waits for the hooks to finish (within the deadline). */
const HOOKS_WAIT_MS = 2_000;
/** The latest moment of exit, however closing goes (still within those 10 s). */
const HARD_EXIT_MS = 9_500;

/** True once SIGTERM (or SIGINT) arrived: readiness answers 503 from then on. */
export function isShuttingDown(): boolean {
  return state.shuttingDown;
}

/**
 * Runs `hook` as soon as shutdown begins, before the server drains (close open event
 * streams here so their connections end). Returns a function that unregisters it.
 */
export function onShutdown(hook: Hook): () => void {
  state.hooks.add(hook);
  return () => state.hooks.delete(hook);
}

async function runHooks(): Promise<void> {
  const hooks = [...state.hooks];
  state.hooks.clear();
  await Promise.all(
    hooks.map(async (hook) => {
      try {
        await hook();
      } catch (error) {
        logger().error({ err: error }, "shutdown hook failed");
      }
    }),
  );
}

/**
 * Installs the signal listener (from instrumentation.ts, once per process).
 * `closeResources` closes the database; it runs after Next has drained the server.
 */
export function installShutdownHandler(closeResources: () => Promise<void>): void {
  if (state.installed) return;
  state.installed = true;
  const begin = (signal: NodeJS.Signals) => {
    if (state.shuttingDown) return;
    state.shuttingDown = true;
    const startedAt = Date.now();
    logger().info({ signal }, "shutdown started: readiness is 503, draining requests");

    const realExit = process.exit.bind(process);
    let finishing: Promise<never> | undefined;
    const finish = (reason: string): Promise<never> =>
      (finishing ??= (async () => {
        // The hooks' own clean-up (e.g. giving back stream leases) needs the database.
        await Promise.race([hooksDone, new Promise((resolve) => setTimeout(resolve, HOOKS_WAIT_MS))]);
        try {
          await closeResources();
        } catch (error) {
          logger().error({ err: error }, "closing the database failed");
        }
        logger().info({ reason, duration_ms: Date.now() - startedAt }, "shutdown complete");
        return realExit(0);
      })());

    // Next calls process.exit(143) once its server has drained; that is our cue to close
    // the database, and the exit code becomes 0: stopping on request is not a failure.
    process.exit = ((code?: number | string | null) => {
      void finish(`server drained (next exit ${code ?? "?"})`);
    }) as typeof process.exit;

    // A client that keeps its connection open (a stream, a keep-alive that never idles)
    // must not hold the process: past the deadline we close up regardless.
    setTimeout(() => void finish("deadline"), SHUTDOWN_DEADLINE_MS);
    // Closing can itself hang (a pool waits for a connection a query never gave back):
    // the process is gone by then whatever is still open.
    setTimeout(() => {
      logger().warn({ duration_ms: Date.now() - startedAt }, "shutdown: closing did not finish in time; exiting anyway");
      realExit(0);
    }, HARD_EXIT_MS);
    const hooksDone = runHooks();
  };
  process.on("SIGTERM", begin);
  process.on("SIGINT", begin);
}
