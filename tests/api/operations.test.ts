// README, Operations on a running server: liveness and readiness, the request id on every
// answer, and one JSON log line per API request in the server's captured stdout.
import fs from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { api, createUser } from "../support/api-client";

type LogLine = Record<string, unknown>;

/** The JSON lines of the server's output that carry `requestId` (waits briefly: the write follows the answer). */
async function logLinesFor(requestId: string): Promise<LogLine[]> {
  const deadline = Date.now() + 3_000;
  for (;;) {
    const lines = fs
      .readFileSync(inject("serverLogPath"), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as LogLine)
      .filter((line) => line.request_id === requestId);
    if (lines.length > 0 || Date.now() > deadline) return lines;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("operations endpoints", () => {
  it("GET /api/health – 200 {status: ok}", async () => {
    const response = await api("/api/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("GET /api/ready – 200 once the database answers (the first probe may find it still opening)", async () => {
    let response = await api("/api/ready");
    for (let attempt = 0; response.status === 503 && attempt < 60; attempt++) {
      expect(response.headers.get("retry-after")).toBe("5");
      await new Promise((resolve) => setTimeout(resolve, 500));
      response = await api("/api/ready");
    }
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ready" });
  });

  it("POST /api/health – JSON 405", async () => {
    const response = await api("/api/health", { method: "POST", body: {} });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});

describe("request ids and request log lines", () => {
  it("GET /api/v1/users/me – a sane X-Request-Id is echoed and names the request's one log line", async () => {
    const user = await createUser("Logged");
    const requestId = `test-${Date.now()}.ok_1`;
    const response = await api("/api/v1/users/me", { token: user.token, headers: { "x-request-id": requestId } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe(requestId);
    const lines = await logLinesFor(requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "request", method: "GET", route: "/api/v1/users/me", status: 200, user_id: user.id });
    expect(typeof lines[0]!.duration_ms).toBe("number");
    expect(typeof lines[0]!.time).toBe("string");
  });

  it("the route is the pattern, not the path: ids stay out of it, and /v1 rewrites log the API route", async () => {
    const user = await createUser("Pattern");
    const requestId = `pattern-${Date.now()}`;
    const response = await api("/v1/sessions/987654321/", { token: user.token, headers: { "x-request-id": requestId } });
    expect(response.status).toBe(404);
    const [line] = await logLinesFor(requestId);
    expect(line).toMatchObject({ route: "/api/v1/sessions/[id]", status: 404, user_id: user.id });
    expect(JSON.stringify(line)).not.toContain("987654321");
  });

  it.each([
    ["with spaces", "bad id"],
    ["too long", "a".repeat(129)],
    ["with a newline-like escape", "abc%0Adef"],
    ["with a slash", "a/b"],
  ])("an X-Request-Id %s is replaced by a generated one", async (_label, sent) => {
    const response = await api("/api/health", { headers: { "x-request-id": sent } });
    const echoed = response.headers.get("x-request-id");
    expect(echoed).toMatch(UUID);
    expect(echoed).not.toBe(sent);
  });

  it.each([
    ["unknown route (404)", "GET", "/api/v1/no-such-thing", 404, "/api/[...path]"],
    ["wrong method (405)", "PUT", "/api/v1/users/me", 405, "/api/v1/users/me"],
    ["not signed in (401)", "GET", "/api/v1/friends", 401, "/api/v1/friends"],
    ["bad JSON (400)", "POST", "/api/v1/auth/register", 400, "/api/v1/auth/register"],
    ["next-auth's own endpoint", "GET", "/api/auth/csrf", 200, "/api/auth/[...nextauth]"],
  ])("%s – the answer carries a generated X-Request-Id and is logged under it", async (_label, method, path, status, route) => {
    const response = await api(path, { method, ...(method === "POST" ? { rawBody: "{", contentType: "application/json" } : {}) });
    expect(response.status).toBe(status);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(UUID);
    const [line] = await logLinesFor(requestId!);
    expect(line).toMatchObject({ method, route, status, user_id: null });
  });

  it("health probes are logged at debug, below the default level, so a load balancer does not flood the log", async () => {
    const response = await api("/api/health", { headers: { "x-request-id": `probe-${Date.now()}` } });
    expect(response.status).toBe(200);
    const ready = await api("/api/v1/users/me", { headers: { "x-request-id": `after-probe-${Date.now()}` } });
    expect(await logLinesFor(ready.headers.get("x-request-id")!)).toHaveLength(1);
    expect(await logLinesFor(response.headers.get("x-request-id")!)).toHaveLength(0);
  });
});
