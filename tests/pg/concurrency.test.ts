// The concurrency guarantees (README, Decisions) under real parallel requests against PostgreSQL.
import { describe, expect, it } from "vitest";
import { api } from "../support/api-client";
import { createSessionBetween, friendPair, post, startedSession } from "../support/sessions";
import { count, withSql } from "../support/sql";

const N = 12;

function statusCounts(responses: { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}

describe("concurrency on PostgreSQL", () => {
  it(`POST /api/v1/sessions/create – ${N} parallel creates for one pair (both directions): exactly one 201`, async () => {
    const [a, b] = await friendPair();
    const responses = await Promise.all(
      Array.from({ length: N }, (_, index) => (index % 2 ? post("/api/v1/sessions/create/", a, { participant_id: b.id }) : post("/api/v1/sessions/create/", b, { participant_id: a.id }))),
    );
    expect(statusCounts(responses)).toEqual({ 201: 1, 409: N - 1 });
    const winner = responses.find((response) => response.status === 201)!.body.id;
    for (const response of responses.filter((candidate) => candidate.status === 409)) {
      expect(response.body.error).toMatchObject({ code: "open_session_exists", session_id: winner });
    }
    expect(await count("SELECT count(*) FROM sessions WHERE (initiator_id = $1 AND participant_id = $2) OR (initiator_id = $2 AND participant_id = $1)", [a.id, b.id])).toBe(1);
    expect(await count("SELECT count(*) FROM audit_logs WHERE session_id = $1 AND event_type = 'created'", [winner])).toBe(1);
  });

  it(`POST /api/v1/sessions/:id/start – both people pressing Start ${N} times at once: one meeting, one 200`, async () => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    const responses = await Promise.all(Array.from({ length: N }, (_, index) => post(`/api/v1/sessions/${session.id}/start/`, index % 2 ? a : b)));
    expect(statusCounts(responses)).toEqual({ 200: 1, 409: N - 1 });
    for (const response of responses.filter((candidate) => candidate.status === 409)) expect(response.body.error.code).toBe("invalid_state");
    expect(await count("SELECT count(*) FROM audit_logs WHERE session_id = $1 AND event_type = 'zoom_link_generated'", [session.id])).toBe(1);
    expect(await count("SELECT count(*) FROM audit_logs WHERE session_id = $1 AND event_type = 'started'", [session.id])).toBe(1);
    expect(await count("SELECT count(*) FROM messages WHERE session_id = $1 AND kind = 'session_link'", [session.id])).toBe(1);
  });

  it(`POST /api/v1/sessions/join-token/validate – one token redeemed by ${N} parallel requests: exactly one 200`, async () => {
    const { a, b, session } = await startedSession();
    await post(`/api/v1/sessions/${session.id}/ready/`, b);
    const token = (await post(`/api/v1/sessions/${session.id}/join-token/`, a)).body.token;
    const responses = await Promise.all(Array.from({ length: N }, () => post("/api/v1/sessions/join-token/validate/", a, { token })));
    expect(statusCounts(responses)).toEqual({ 200: 1, 400: N - 1 });
    for (const response of responses.filter((candidate) => candidate.status === 400)) expect(response.body.error.code).toBe("token_used");
    expect(await count("SELECT count(*) FROM audit_logs WHERE session_id = $1 AND event_type = 'joined'", [session.id])).toBe(1);
    expect(await count("SELECT count(*) FROM audit_logs WHERE session_id = $1 AND event_type = 'ready' AND user_id = $2", [session.id, a.id])).toBe(1);
  });

  it(`POST /api/v1/sessions/:id/end and /cancel – ${N} parallel finishes: exactly one winner and one terminal audit entry`, async () => {
    const { a, b, session } = await startedSession();
    const responses = await Promise.all(
      Array.from({ length: N }, (_, index) => post(`/api/v1/sessions/${session.id}/${index % 2 ? "end" : "cancel"}/`, index % 3 ? a : b)),
    );
    expect(statusCounts(responses)).toEqual({ 200: 1, 409: N - 1 });
    expect(await count("SELECT count(*) FROM audit_logs WHERE session_id = $1 AND event_type IN ('ended', 'cancelled')", [session.id])).toBe(1);
  });

  it(`POST /api/v1/sessions/:id/ready – ${N} parallel presses: one audit entry`, async () => {
    const { b, session } = await startedSession();
    const responses = await Promise.all(Array.from({ length: N }, () => post(`/api/v1/sessions/${session.id}/ready/`, b)));
    expect(statusCounts(responses)).toEqual({ 200: N });
    expect(await count("SELECT count(*) FROM audit_logs WHERE session_id = $1 AND event_type = 'ready'", [session.id])).toBe(1);
  });
});

describe("database-only checks", () => {
  it("POST /api/v1/sessions/join-token/validate – token_expired once expires_at has passed", async () => {
    const { a, b, session } = await startedSession();
    await post(`/api/v1/sessions/${session.id}/ready/`, b);
    const token = (await post(`/api/v1/sessions/${session.id}/join-token/`, a)).body.token;
    await withSql((client) => client.query("UPDATE join_tokens SET expires_at = now() - interval '1 second' WHERE session_id = $1", [session.id]));
    const response = await post("/api/v1/sessions/join-token/validate/", a, { token });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "token_expired", message: "This join link has expired." } });
  });

  it("join tokens are stored only as SHA-256 hashes", async () => {
    const { a, b, session } = await startedSession();
    await post(`/api/v1/sessions/${session.id}/ready/`, b);
    const token = (await post(`/api/v1/sessions/${session.id}/join-token/`, a)).body.token as string;
    const rows = await withSql(async (client) => (await client.query("SELECT * FROM join_tokens WHERE session_id = $1", [session.id])).rows);
    expect(rows).toHaveLength(1);
    const crypto = await import("node:crypto");
    expect(rows[0].token_hash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("the audit log refuses updates", async () => {
    const { session } = await startedSession();
    await expect(withSql((client) => client.query("UPDATE audit_logs SET message = 'rewritten' WHERE session_id = $1", [session.id]))).rejects.toThrow(/append-only/);
  });

  it("the database itself allows one open session per pair", async () => {
    const [a, b] = await friendPair();
    await createSessionBetween(a, b);
    await expect(withSql((client) => client.query("INSERT INTO sessions (initiator_id, participant_id) VALUES ($1, $2)", [b.id, a.id]))).rejects.toThrow(/sessions_one_open_per_pair/);
    const list = await api("/api/v1/sessions", { token: a.token });
    expect(list.body).toHaveLength(1);
  });
});
