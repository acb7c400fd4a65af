// Friend requests under real parallel requests against PostgreSQL, checked in the tables.
import { describe, expect, it } from "vitest";
import { api, createUser, makeFriends, type TestUser } from "../support/api-client";
import { createSessionBetween } from "../support/sessions";
import { count } from "../support/sql";

const N = 12;

function statusCounts(responses: { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}

const ask = (from: TestUser, to: TestUser) => api("/api/v1/friends/requests", { method: "POST", token: from.token, body: { user_id: to.id } });
const pairRows = (table: string, low: string, high: string, a: number, b: number) =>
  count(`SELECT count(*) FROM ${table} WHERE ${low} = LEAST($1::int, $2::int) AND ${high} = GREATEST($1::int, $2::int)`, [a, b]);

describe("friend requests on PostgreSQL", () => {
  it(`POST /api/v1/friends/requests – ${N} parallel requests in both directions: one 201, the crossed ones 200, one friendship`, async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = await Promise.all([createUser("Race A"), createUser("Race B")]);
      const responses = await Promise.all(Array.from({ length: N }, (_, index) => (index % 2 ? ask(a, b) : ask(b, a))));
      const counts = statusCounts(responses);
      expect(counts[201]).toBe(1);
      expect((counts[200] ?? 0) + (counts[201] ?? 0) + (counts[409] ?? 0)).toBe(N);
      expect(counts[200] ?? 0).toBeGreaterThanOrEqual(1);
      for (const response of responses.filter((candidate) => candidate.status === 409)) {
        expect(["request_pending", "already_friends"]).toContain(response.body.error.code);
      }
      expect(await pairRows("friendships", "user_low_id", "user_high_id", a.id, b.id)).toBe(1);
      expect(await count("SELECT count(*) FROM friend_requests WHERE status = 'pending' AND (from_user_id IN ($1, $2) OR to_user_id IN ($1, $2))", [a.id, b.id])).toBe(0);
    }
  });

  it(`POST /api/v1/friends/requests/:id/accept and /decline – ${N} parallel answers: exactly one wins`, async () => {
    const [a, b] = await Promise.all([createUser("Answer A"), createUser("Answer B")]);
    const sent = await ask(a, b);
    const responses = await Promise.all(
      Array.from({ length: N }, (_, index) => api(`/api/v1/friends/requests/${sent.body.id}/${index % 2 ? "accept" : "decline"}`, { method: "POST", token: b.token })),
    );
    expect(statusCounts(responses)).toEqual({ 200: 1, 409: N - 1 });
    const winner = responses.find((response) => response.status === 200)!.body.status;
    expect(await pairRows("friendships", "user_low_id", "user_high_id", a.id, b.id)).toBe(winner === "accepted" ? 1 : 0);
  });

  it(`DELETE /api/v1/friends/:user_id – ${N} parallel unfriends: one 204, one cancellation audit entry`, async () => {
    const [a, b] = await Promise.all([createUser("Split A"), createUser("Split B")]);
    await makeFriends(a, b);
    const session = await createSessionBetween(a, b);
    const responses = await Promise.all(
      Array.from({ length: N }, (_, index) => api(`/api/v1/friends/${index % 2 ? b.id : a.id}`, { method: "DELETE", token: index % 2 ? a.token : b.token })),
    );
    expect(statusCounts(responses)).toEqual({ 204: 1, 404: N - 1 });
    expect(await count("SELECT count(*) FROM audit_logs WHERE session_id = $1 AND event_type = 'cancelled' AND metadata->>'reason' = 'unfriended'", [session.id])).toBe(1);
    expect(await count("SELECT count(*) FROM sessions WHERE id = $1 AND status = 'cancelled'", [session.id])).toBe(1);
  });

  it(`POST /api/v1/chats/:friend_id/messages – ${N} parallel first messages (both directions, 3 pairs): one conversation, each message once`, async () => {
    for (let round = 0; round < 3; round++) await firstMessagesRace();
  });
});

async function firstMessagesRace(): Promise<void> {
  const [a, b] = await Promise.all([createUser("Talk A"), createUser("Talk B")]);
  await makeFriends(a, b);
  const responses = await Promise.all(
    Array.from({ length: N }, (_, index) =>
      api(`/api/v1/chats/${index % 2 ? a.id : b.id}/messages`, { method: "POST", token: index % 2 ? b.token : a.token, body: { text: `hello ${index}` } }),
    ),
  );
  expect(statusCounts(responses)).toEqual({ 201: N });
  expect(await pairRows("conversations", "user_low_id", "user_high_id", a.id, b.id)).toBe(1);
  const read = await api(`/api/v1/chats/${b.id}/messages`, { token: a.token });
  expect(read.body).toHaveLength(N);
  // Each message stored once, under the id its POST answered with.
  expect(read.body.map((message: { text: string }) => message.text).sort()).toEqual(Array.from({ length: N }, (_, index) => `hello ${index}`).sort());
  expect(read.body.map((message: { id: number }) => message.id).sort()).toEqual(responses.map((response) => response.body.id).sort());
  // The conversation's last_message_at is its latest message's time.
  expect(
    await count(
      `SELECT count(*) FROM conversations c WHERE c.user_low_id = LEAST($1::int, $2::int) AND c.user_high_id = GREATEST($1::int, $2::int)
         AND c.last_message_at = (SELECT max(created_at) FROM messages WHERE conversation_id = c.id)`,
      [a.id, b.id],
    ),
  ).toBe(1);
}
