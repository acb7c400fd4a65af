// The server's keep-alive timeout (README, Operations; lib/server-timeouts.ts). A client
// that reuses an idle kept-alive connection just as the server closes it gets ECONNRESET
// on a request the server never saw (seen in the browser tests as a failed `POST .../end/`); Node closes
// idle connections after 5 s unless told otherwise. A connection left idle for 6 s must
// still be open and serve the next request: the same socket, no error. And the long
// timeout must not hold up a graceful shutdown.
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { baseUrl } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";

/** Just past Node's default keepAliveTimeout (5 s), the one that let the race happen. */
const IDLE_MS = 6_000;

function get(agent: http.Agent, path: string): Promise<{ status: number; reusedSocket: boolean; localPort: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl()}${path}`, { agent }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode!, reusedSocket: request.reusedSocket, localPort: request.socket!.localPort! }));
    });
    request.on("error", reject);
  });
}

let own: AppServer | undefined;
afterAll(async () => {
  await own?.stop();
});

describe("HTTP keep-alive", () => {
  it("GET /api/health – a connection idle for 6 s is reused, not reset", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(agent, "/api/health");
      expect(first).toMatchObject({ status: 200, reusedSocket: false });
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      const second = await get(agent, "/api/health");
      expect(second).toMatchObject({ status: 200, reusedSocket: true, localPort: first.localPort });
    } finally {
      agent.destroy();
    }
  });

  it("SIGTERM – a kept-alive connection answered during the drain is closed after its response, and the server exits drained, not at the deadline", async () => {
    own = await startAppServer({ name: "keep-alive-drain" });
    const { port } = new URL(own.baseUrl);
    // A request half sent when the signal arrives: the server waits for it, then answers it.
    const socket = net.connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    let reply = "";
    socket.on("data", (chunk) => (reply += chunk.toString()));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const signalledAt = Date.now();
    process.kill(own.pid, "SIGTERM");
    // Not a fixed pause: on a busy machine the server may see the rest of the request first.
    // lib/shutdown.ts logs this line in the same step that starts the drain.
    const log = () => fs.readFileSync(own!.logPath, "utf8");
    while (!log().includes('"shutdown started')) await new Promise((resolve) => setTimeout(resolve, 20));
    socket.write("\r\n");
    await closed;
    expect(reply).toMatch(/^HTTP\/1\.1 200 /);
    expect(reply.toLowerCase()).toContain("connection: close");

    expect((await own.exited).code).toBe(0);
    // lib/shutdown.ts gives up waiting at 7 s; a drained server is out well before.
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
    const done = fs.readFileSync(own.logPath, "utf8").split("\n").filter((line) => line.includes('"shutdown complete"'));
    expect(done).toHaveLength(1);
    expect(JSON.parse(done[0]!).reason).toMatch(/^server drained/);
  }, 120_000);
});
