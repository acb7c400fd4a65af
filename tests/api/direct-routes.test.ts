// README, Capacity: the waiting room's poll is served without Next's router
// (lib/api/direct-routes.ts). Whoever asks must not be able to tell: every answer of the
// direct path is compared with Next's answer to the same request, which the trailing-slash
// form of the path still gets (its rewrite needs Next's router).
import { describe, expect, it } from "vitest";
import { baseUrl, createUser, signInWithCookie } from "../support/api-client";
import { post, startedSession } from "../support/sessions";

type Answer = { status: number; headers: Record<string, string>; body: string; vary: string | null };

/**
 * The parts of an answer that must match. The date and the connection are the transport's
 * own; so is compression: Next gzips any answer the client accepts gzip for (a 250-byte
 * poll too) and names Accept-Encoding and its router's headers in Vary, while the direct
 * path sends its small JSON as it is (fetch decompresses, so the bodies still compare).
 */
async function answer(path: string, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${baseUrl()}${path}`, { headers: { "x-request-id": "direct-routes-test", ...headers } });
  const kept = Object.fromEntries([...response.headers].filter(([name]) => !["date", "connection", "keep-alive", "transfer-encoding", "content-encoding", "vary"].includes(name)));
  return { status: response.status, headers: kept, body: await response.text(), vary: response.headers.get("vary") };
}

/** The same request to the direct path and to Next's (trailing slash): both answers. */
async function both(sessionId: number | string, headers: Record<string, string> = {}) {
  const direct = await answer(`/api/v1/sessions/${sessionId}/join-eligibility`, headers);
  const viaNext = await answer(`/api/v1/sessions/${sessionId}/join-eligibility/`, headers);
  // Proof that the two took different ways: only Next's router names its headers in Vary.
  expect(viaNext.vary).toContain("next-router-state-tree");
  expect(direct.vary).toBeNull();
  return { direct: { ...direct, vary: null }, viaNext: { ...viaNext, vary: null } };
}

describe("GET /api/v1/sessions/:id/join-eligibility served directly", () => {
  it("answers exactly what Next answers: 200 with its ETag, 304, 401, 403, 404, and by cookie", async () => {
    const { a, b, session } = await startedSession();
    const stranger = await createUser("Stranger");
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    const ok = await both(session.id, bearer(a.token));
    expect(ok.direct.status).toBe(200);
    expect(JSON.parse(ok.direct.body).can_join).toBe(false);
    expect(ok.direct).toEqual(ok.viaNext);
    // What next.config.mjs adds to every API answer, and the route's own headers.
    expect(ok.direct.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-cache",
      "x-request-id": "direct-routes-test",
    });
    expect(ok.direct.headers["content-security-policy"]).toContain("default-src 'none'");

    const unchanged = await both(session.id, { ...bearer(a.token), "if-none-match": ok.direct.headers.etag! });
    expect(unchanged.direct.status).toBe(304);
    expect(unchanged.direct).toEqual(unchanged.viaNext);

    // A change reaches the direct path's next poll (the same caches and change feed as Next's).
    await post(`/api/v1/sessions/${session.id}/ready`, b);
    const changed = await both(session.id, { ...bearer(a.token), "if-none-match": ok.direct.headers.etag! });
    expect(changed.direct.status).toBe(200);
    expect(JSON.parse(changed.direct.body).can_join).toBe(true);
    expect(changed.direct).toEqual(changed.viaNext);

    const cookie = await signInWithCookie(a.email, a.password);
    const byCookie = await both(session.id, { cookie });
    expect(byCookie.direct.status).toBe(200);
    expect(byCookie.direct).toEqual(byCookie.viaNext);

    for (const [headers, status, code] of [
      [{}, 401, "not_authenticated"],
      [bearer("not-a-token"), 401, "not_authenticated"],
      [bearer(stranger.token), 403, "not_participant"],
    ] as const) {
      const { direct, viaNext } = await both(session.id, headers);
      expect(direct.status).toBe(status);
      expect(JSON.parse(direct.body).error.code).toBe(code);
      expect(direct).toEqual(viaNext);
    }
    const missing = await both(2_000_000_000, bearer(a.token));
    expect(missing.direct.status).toBe(404);
    expect(JSON.parse(missing.direct.body).error.code).toBe("session_not_found");
    expect(missing.direct).toEqual(missing.viaNext);
  });

  it("leaves what it does not serve to Next: other methods, a body, ids that are not digits, the /v1 form", async () => {
    const { a, session } = await startedSession();
    const auth = { authorization: `Bearer ${a.token}` };
    const put = await fetch(`${baseUrl()}/api/v1/sessions/${session.id}/join-eligibility`, { method: "PUT", headers: auth });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET");
    const head = await fetch(`${baseUrl()}/api/v1/sessions/${session.id}/join-eligibility`, { method: "HEAD", headers: auth });
    expect(head.status).toBe(200);
    const notDigits = await fetch(`${baseUrl()}/api/v1/sessions/abc/join-eligibility`, { headers: auth });
    expect(notDigits.status).toBe(404);
    expect((await notDigits.json()).error).toEqual({ code: "not_found", message: "No such session." });
    const v1 = await fetch(`${baseUrl()}/v1/sessions/${session.id}/join-eligibility`, { headers: auth });
    expect(v1.status).toBe(200);
    expect(await v1.json()).toEqual(await (await fetch(`${baseUrl()}/api/v1/sessions/${session.id}/join-eligibility`, { headers: auth })).json());
  });
});
