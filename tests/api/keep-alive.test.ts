// The server's keep-alive timeout (README, Operations; lib/server-timeouts.ts). A client
// that reuses an idle kept-alive connection just as the server closes it gets ECONNRESET
// on a request the server never saw (issue 18: Playwright's `POST .../end/`); Node closes
// idle connections after 5 s unless told otherwise. A connection left idle for 6 s must
// still be open and serve the next request: the same socket, no error.
import http from "node:http";
import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/api-client";

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
});
