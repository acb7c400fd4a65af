// SIGTERM on a real `next start` (README, Operations): a start in flight against a slow Zoom
// completes, readiness turns 503 at once, new connections are refused, and the process
// exits 0 within 10 s although one client never finishes its request; on the embedded
// database a new process can open the data directory right after.
import http from "node:http";
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../support/app-server";
import { appEnvForFakeZoom, startFakeZoom, type FakeZoom } from "../support/fake-zoom";
import { testDatabase, type TestDatabase } from "../support/test-database";
import { befriend, client, signUp } from "../support/http-client";

/** A connection that has sent part of a request: the server counts it as busy, not idle. */
function partialRequest(port: number, path: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
      resolve(socket);
    });
    socket.on("error", () => undefined);
    socket.once("error", reject);
  });
}

/** A request on a brand-new connection: its status, or the connection error's code. */
function freshConnectionStatus(baseUrl: string, path: string): Promise<number | string> {
  return new Promise((resolve) => {
    const request = http.get(`${baseUrl}${path}`, { agent: false, timeout: 5_000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    request.on("timeout", () => request.destroy(new Error("timeout")));
  });
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("graceful shutdown", () => {
  it("SIGTERM – the start in flight completes 200, readiness 503, new connections refused, exit 0 within 10 s", async () => {
    const database: TestDatabase = await testDatabase("pairline_shutdown");
    cleanups.push(() => database.cluster?.stop());
    const fake: FakeZoom = await startFakeZoom();
    cleanups.push(() => fake.close());
    const server: AppServer = await startAppServer({ name: `shutdown-${database.engine}`, databaseUrl: database.databaseUrl, extraEnv: appEnvForFakeZoom(fake) });
    cleanups.push(() => server.stop());
    const call = client(server.baseUrl);
    const port = Number(new URL(server.baseUrl).port);

    const alice = await signUp(call, "Alice");
    const bob = await signUp(call, "Bob");
    await befriend(call, alice, bob);
    const created = await call("/api/v1/sessions/create/", { method: "POST", token: alice.token, body: { participant_id: bob.id } });
    expect(created.status).toBe(201);

    // One client will ask for readiness after the signal on a connection it already has;
    // another never finishes its request at all.
    const readinessClient = await partialRequest(port, "/api/ready");
    const stubbornClient = await partialRequest(port, "/api/health");
    cleanups.push(() => void stubbornClient.destroy());

    await fake.fail({ route: "create", delayMs: 2_000 });
    const start = call(`/api/v1/sessions/${created.body.id}/start/`, { method: "POST", token: alice.token });
    while ((await fake.requests("create")).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));

    const signalledAt = Date.now();
    process.kill(server.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 200));

    const readinessAnswer = new Promise<string>((resolve) => {
      let text = "";
      readinessClient.on("data", (chunk) => {
        text += chunk.toString("utf8");
        if (text.includes("\r\n\r\n") && text.includes("}")) resolve(text);
      });
      readinessClient.on("close", () => resolve(text));
    });
    readinessClient.write("\r\n");
    const readiness = await readinessAnswer;
    expect(readiness).toMatch(/^HTTP\/1\.1 503 /);
    expect(readiness).toContain('"code":"service_unavailable"');
    expect(readiness.toLowerCase()).toContain("retry-after: 5");

    expect(["ECONNREFUSED", 503]).toContain(await freshConnectionStatus(server.baseUrl, "/api/v1/users/me"));

    const started = await start;
    expect(started.status).toBe(200);
    expect(started.body.status).toBe("active");

    const exit = await server.exited;
    const exitedAfterMs = Date.now() - signalledAt;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitedAfterMs).toBeLessThan(10_000);

    if (database.engine === "pglite") {
      // The lock is gone and the data is all there: a new process opens the directory at once.
      const next = await startAppServer({ name: "shutdown-reopen", extraEnv: { ...appEnvForFakeZoom(fake), PGLITE_DATA_DIR: server.env.PGLITE_DATA_DIR! } });
      cleanups.push(() => next.stop());
      const session = await client(next.baseUrl)(`/api/v1/sessions/${created.body.id}/`, { token: alice.token });
      expect(session.status).toBe(200);
      expect(session.body.status).toBe("active");
    }
  }, 180_000);
});
