// The dispatcher of lib/api/direct-routes.ts on a plain HTTP server whose own listener
// stands in for Next: what it takes, what it leaves, and what a failing route answers.
// (tests/api/direct-routes.test.ts compares its answers with Next's on the real server.)
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { NextRequest } from "next/server";
import { directRoute, dispatch, wrapRequestListeners, type DirectRoute } from "@/lib/api/direct-routes";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serverWith(routes: DirectRoute[]) {
  const seenByNext: string[] = [];
  const server = http.createServer((req, res) => {
    seenByNext.push(`${req.method} ${req.url}`);
    res.end("next");
  });
  wrapRequestListeners(server, (req, res) => dispatch(routes, req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seenByNext };
}

describe("direct routes", () => {
  it("serves a listed GET from the route's handler, with its params, the request as Next builds it, and the API's fixed headers", async () => {
    const received: { url: string; params: Record<string, string>; forwardedFor: string | null; proto: string | null; ifNoneMatch: string | null }[] = [];
    const { base, seenByNext } = await serverWith([
      directRoute("/api/v1/things/[id]", async (req: NextRequest, { params }) => {
        received.push({
          url: req.nextUrl.pathname + req.nextUrl.search,
          params: await params,
          forwardedFor: req.headers.get("x-forwarded-for"),
          proto: req.headers.get("x-forwarded-proto"),
          ifNoneMatch: req.headers.get("if-none-match"),
        });
        const response = new Response('{"ok":true}', { status: 201, headers: { "content-type": "application/json", etag: 'W/"x"' } });
        response.headers.append("set-cookie", "a=1");
        response.headers.append("set-cookie", "b=2");
        return response;
      }),
    ]);
    const response = await fetch(`${base}/api/v1/things/42?after=7`, { headers: { "if-none-match": 'W/"y"' } });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('{"ok":true}');
    expect(response.headers.get("etag")).toBe('W/"x"');
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(received).toEqual([{ url: "/api/v1/things/42?after=7", params: { id: "42" }, forwardedFor: "127.0.0.1", proto: "http", ifNoneMatch: 'W/"y"' }]);
    expect(seenByNext).toEqual([]);
  });

  it("derives the exact path from the route's pattern: a [param] segment is digits", () => {
    expect(directRoute("/api/v1/sessions/[id]/join-eligibility", async () => new Response()).path).toEqual(/^\/api\/v1\/sessions\/(?<id>[0-9]+)\/join-eligibility$/);
  });

  it("leaves to Next every other path, method, and any request with a body", async () => {
    let served = 0;
    const { base, seenByNext } = await serverWith([
      directRoute("/api/v1/things/[id]", async () => (served++, new Response("direct"))),
    ]);
    for (const [path, init] of [
      ["/api/v1/things/42/", {}],
      ["/api/v1/things/abc", {}],
      ["/v1/things/42", {}],
      ["/api/v1/things/42", { method: "POST", body: "{}" }],
      ["/api/v1/things/42", { method: "HEAD" }],
    ] as const) {
      const response = await fetch(`${base}${path}`, init as RequestInit);
      if (!("method" in init) || init.method !== "HEAD") expect(await response.text()).toBe("next");
    }
    // A GET with a body (fetch refuses to send one).
    const withBody = await new Promise<string>((resolve, reject) => {
      const request = http.request(`${base}/api/v1/things/42`, { method: "GET", headers: { "content-type": "application/json", "content-length": "2" } }, (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve(text));
      });
      request.on("error", reject);
      request.end("{}");
    });
    expect(withBody).toBe("next");
    expect(served).toBe(0);
    expect(seenByNext).toHaveLength(6);
  });

  it("answers a failure around the route with the JSON 500 every route gives", async () => {
    const { base } = await serverWith([
      directRoute("/api/v1/things/[id]", async () => {
        throw new Error("boom");
      }),
    ]);
    const response = await fetch(`${base}/api/v1/things/1`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: "internal_error", message: "Something went wrong on our side." } });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
