import { describe, expect, it } from "vitest";
import { api, baseUrl, createUser, makeFriends, signInWithCookie, type TestUser } from "../support/api-client";

const ISO = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
const person = (user: TestUser) => ({ id: user.id, name: user.name, email: user.email });
/** How someone appears to a person who may not see their email (README, Browser security and privacy). */
const named = (user: TestUser) => ({ id: user.id, name: user.name });

function sendRequest(from: TestUser, to: { id: number }) {
  return api("/api/v1/friends/requests", { method: "POST", token: from.token, body: { user_id: to.id } });
}

async function friendIds(user: TestUser): Promise<number[]> {
  const response = await api("/api/v1/friends", { token: user.token });
  expect(response.status).toBe(200);
  return response.body.map((entry: { user: { id: number } }) => entry.user.id);
}

async function requestLists(user: TestUser): Promise<{ incoming: number[]; outgoing: number[] }> {
  const response = await api("/api/v1/friends/requests", { token: user.token });
  expect(response.status).toBe(200);
  return { incoming: response.body.incoming.map((r: { id: number }) => r.id), outgoing: response.body.outgoing.map((r: { id: number }) => r.id) };
}

describe("GET /api/v1/friends", () => {
  it("GET /api/v1/friends – empty for someone new", async () => {
    const loner = await createUser("Loner");
    const response = await api("/api/v1/friends", { token: loner.token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual([]);
  });

  it("GET /api/v1/friends – both sides see each other, alphabetically, with the date the friendship began", async () => {
    const me = await createUser("Mia Friendly");
    const zed = await createUser("Zed Friend");
    const amy = await createUser("amy Friend");
    await makeFriends(me, zed);
    await makeFriends(amy, me);
    const response = await api("/api/v1/friends", { token: me.token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { user: person(amy), since: ISO, online: false, last_seen_at: null },
      { user: person(zed), since: ISO, online: false, last_seen_at: null },
    ]);
    const theirs = await api("/api/v1/friends", { token: zed.token });
    expect(theirs.body).toEqual([{ user: person(me), since: response.body[1].since, online: false, last_seen_at: null }]);
  });
});

describe("POST /api/v1/friends/requests", () => {
  it("POST /api/v1/friends/requests – 201 with a pending request", async () => {
    const a = await createUser("Asker");
    const b = await createUser("Bee");
    const response = await sendRequest(a, b);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(Number), from_user: person(a), to_user: named(b), status: "pending", created_at: ISO });
    expect(await friendIds(a)).toEqual([]);
  });

  it("POST /api/v1/friends/requests – a crossed request accepts theirs: 200 accepted, and they are friends", async () => {
    const a = await createUser("Cross A");
    const b = await createUser("Cross B");
    const first = await sendRequest(a, b);
    const crossed = await sendRequest(b, a);
    expect(crossed.status).toBe(200);
    // Now friends, each sees the other's email.
    expect(crossed.body).toEqual({ ...first.body, from_user: person(a), to_user: person(b), status: "accepted" });
    expect(await friendIds(a)).toEqual([b.id]);
    expect(await friendIds(b)).toEqual([a.id]);
    expect(await requestLists(a)).toEqual({ incoming: [], outgoing: [] });
    expect(await requestLists(b)).toEqual({ incoming: [], outgoing: [] });
  });

  it("POST /api/v1/friends/requests – both asking at the same moment ends in one friendship (one 201, one 200)", async () => {
    for (let round = 0; round < 3; round++) {
      const a = await createUser("Race A");
      const b = await createUser("Race B");
      const [ab, ba] = await Promise.all([sendRequest(a, b), sendRequest(b, a)]);
      expect([ab.status, ba.status].sort()).toEqual([200, 201]);
      const accepted = ab.status === 200 ? ab.body : ba.body;
      const created = ab.status === 201 ? ab.body : ba.body;
      const [from, to] = created.from_user.id === a.id ? [a, b] : [b, a];
      expect(created.to_user).toEqual(named(to));
      expect(accepted).toEqual({ ...created, from_user: person(from), to_user: person(to), status: "accepted" });
      expect(await friendIds(a)).toEqual([b.id]);
      expect(await requestLists(b)).toEqual({ incoming: [], outgoing: [] });
    }
  });

  it("POST /api/v1/friends/requests – the same request sent in parallel: one 201, the rest 409", async () => {
    const a = await createUser("Eager");
    const b = await createUser("Target");
    const responses = await Promise.all(Array.from({ length: 5 }, () => sendRequest(a, b)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect((await requestLists(a)).outgoing).toHaveLength(1);
  });

  it("POST /api/v1/friends/requests – asking again after a withdrawal is allowed, after a decline not yet (429)", async () => {
    const a = await createUser("Persistent");
    const b = await createUser("Busy");
    const first = await sendRequest(a, b);
    expect((await api(`/api/v1/friends/requests/${first.body.id}`, { method: "DELETE", token: a.token })).status).toBe(204);
    const second = await sendRequest(a, b);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    await api(`/api/v1/friends/requests/${second.body.id}/decline`, { method: "POST", token: b.token });
    // The 7-day rule itself is tested in tests/api/rate-limits.test.ts.
    const third = await sendRequest(a, b);
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe("rate_limited");
  });

  it("POST /v1/friends/requests/ – the /v1 alias works the same", async () => {
    const a = await createUser("Seedy");
    const b = await createUser("Path");
    const response = await api("/v1/friends/requests/", { method: "POST", token: a.token, body: { user_id: b.id } });
    expect(response.status).toBe(201);
    expect(response.body.to_user.id).toBe(b.id);
  });

  it("POST /api/v1/friends/requests – 400 to yourself", async () => {
    const me = await createUser("Narcissus");
    const response = await sendRequest(me, me);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: { code: "cannot_befriend_self", message: "You cannot send a friend request to yourself.", fields: { user_id: "Must be someone else" } },
    });
  });

  it.each([
    ["a missing user_id", {}, { user_id: "Required" }],
    ["a string id", { user_id: "5" }, { user_id: "Expected a positive integer" }],
    ["a fractional id", { user_id: 1.5 }, { user_id: "Expected a positive integer" }],
    ["a negative id", { user_id: -3 }, { user_id: "Expected a positive integer" }],
    ["an id out of range", { user_id: 2 ** 31 }, { user_id: "Expected a positive integer" }],
    ["an unknown field", { user_id: 1, note: "hi" }, { note: "Unknown field" }],
  ])("POST /api/v1/friends/requests – 400 for %s", async (_label, body, fields) => {
    const me = await createUser("Invalid");
    const response = await api("/api/v1/friends/requests", { method: "POST", token: me.token, body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields } });
  });

  it("POST /api/v1/friends/requests – 400 for malformed JSON, 415 for a non-JSON body", async () => {
    const me = await createUser("Sloppy");
    const malformed = await api("/api/v1/friends/requests", { method: "POST", token: me.token, rawBody: '{"user_id": ', contentType: "application/json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ error: { code: "invalid_json", message: "The request body is not valid JSON." } });
    const form = await api("/api/v1/friends/requests", { method: "POST", token: me.token, rawBody: "user_id=1", contentType: "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    expect(form.body).toEqual({ error: { code: "unsupported_media_type", message: "Send the body as application/json." } });
  });

  it("POST /api/v1/friends/requests – 404 for an unknown user", async () => {
    const me = await createUser("Ghostwriter");
    const response = await sendRequest(me, { id: 2_147_483_647 });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "user_not_found", message: "No such user." } });
  });

  it("POST /api/v1/friends/requests – 409 already_friends, from either side", async () => {
    const a = await createUser("Old A");
    const b = await createUser("Old B");
    await makeFriends(a, b);
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const response = await sendRequest(from, to);
      expect(response.status).toBe(409);
      expect(response.body).toEqual({ error: { code: "already_friends", message: "You are already friends with this person." } });
    }
  });

  it("POST /api/v1/friends/requests – 409 request_pending for the same direction twice", async () => {
    const a = await createUser("Twice");
    const b = await createUser("Once");
    expect((await sendRequest(a, b)).status).toBe(201);
    const again = await sendRequest(a, b);
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: { code: "request_pending", message: "You have already sent this person a friend request." } });
  });

  it("PUT /api/v1/friends/requests – JSON 405 with Allow", async () => {
    const me = await createUser("Wrong Verb");
    const response = await api("/api/v1/friends/requests", { method: "PUT", token: me.token, body: {} });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
    expect(response.body).toEqual({ error: { code: "method_not_allowed", message: "PUT is not allowed here. Allowed: GET, POST." } });
  });
});

describe("POST /api/v1/friends/requests – CSRF for cookie-authenticated writes", () => {
  const refused = { error: { code: "csrf_rejected", message: "Cross-site request refused." } };

  it.each([
    ["a foreign Origin", { origin: "https://evil.example" }],
    ["Origin: null", { origin: "null" }],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
  ])("POST /api/v1/friends/requests – 403 csrf_rejected with a cookie and %s, and nothing is created", async (_label, headers) => {
    const a = await createUser("Cookie Victim");
    const b = await createUser("Cookie Target");
    const cookie = await signInWithCookie(a.email, a.password);
    const response = await api("/api/v1/friends/requests", { method: "POST", cookie, headers, body: { user_id: b.id } });
    expect(response.status).toBe(403);
    expect(response.body).toEqual(refused);
    expect(await requestLists(a)).toEqual({ incoming: [], outgoing: [] });
    expect(await requestLists(b)).toEqual({ incoming: [], outgoing: [] });
  });

  it("POST /api/v1/friends/requests – a cookie with the app's own Origin works", async () => {
    const a = await createUser("Cookie Home");
    const b = await createUser("Cookie Friend");
    const cookie = await signInWithCookie(a.email, a.password);
    const response = await api("/api/v1/friends/requests", { method: "POST", cookie, headers: { origin: new URL(baseUrl()).origin, "sec-fetch-site": "same-origin" }, body: { user_id: b.id } });
    expect(response.status).toBe(201);
    expect(response.body.from_user.id).toBe(a.id);
  });

  it("POST /api/v1/friends/requests – a bearer token with a foreign Origin is not subject to the check", async () => {
    const a = await createUser("Bearer Abroad");
    const b = await createUser("Bearer Friend");
    const response = await api("/api/v1/friends/requests", { method: "POST", token: a.token, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, body: { user_id: b.id } });
    expect(response.status).toBe(201);
  });
});

describe("GET /api/v1/friends/requests", () => {
  it("GET /api/v1/friends/requests – pending only, incoming and outgoing, newest first", async () => {
    const me = await createUser("Popular");
    const fan1 = await createUser("Fan One");
    const fan2 = await createUser("Fan Two");
    const idol = await createUser("Idol");
    const declined = await createUser("Declined");
    const in1 = await sendRequest(fan1, me);
    const in2 = await sendRequest(fan2, me);
    const out = await sendRequest(me, idol);
    const gone = await sendRequest(declined, me);
    await api(`/api/v1/friends/requests/${gone.body.id}/decline`, { method: "POST", token: me.token });
    const response = await api("/api/v1/friends/requests", { token: me.token });
    expect(response.status).toBe(200);
    // The recipient sees both emails; the sender only their own (README, Browser security and privacy).
    const asRecipient = (sent: { body: { to_user: object } }, recipient: TestUser) => ({ ...sent.body, to_user: person(recipient) });
    expect(in1.body.to_user).toEqual(named(me));
    expect(response.body).toEqual({ incoming: [asRecipient(in2, me), asRecipient(in1, me)], outgoing: [out.body] });
    expect((await api("/api/v1/friends/requests", { token: idol.token })).body).toEqual({ incoming: [asRecipient(out, idol)], outgoing: [] });
  });

  it("GET /api/v1/friends/requests – a third person sees none of it", async () => {
    const a = await createUser("Private A");
    const b = await createUser("Private B");
    const other = await createUser("Nosy");
    await sendRequest(a, b);
    expect(await requestLists(other)).toEqual({ incoming: [], outgoing: [] });
  });
});

describe("POST /api/v1/friends/requests/:id/accept", () => {
  it("POST /api/v1/friends/requests/:id/accept – 200 accepted, and both are friends", async () => {
    const a = await createUser("Acc A");
    const b = await createUser("Acc B");
    const sent = await sendRequest(a, b);
    const response = await api(`/api/v1/friends/requests/${sent.body.id}/accept`, { method: "POST", token: b.token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...sent.body, to_user: person(b), status: "accepted" });
    expect(await friendIds(a)).toEqual([b.id]);
    expect(await friendIds(b)).toEqual([a.id]);
    expect(await requestLists(b)).toEqual({ incoming: [], outgoing: [] });
  });

  it("POST /api/v1/friends/requests/:id/accept/ – with `{}` and a trailing slash", async () => {
    const a = await createUser("Slash A");
    const b = await createUser("Slash B");
    const sent = await sendRequest(a, b);
    const response = await api(`/api/v1/friends/requests/${sent.body.id}/accept/`, { method: "POST", token: b.token, body: {} });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe("accepted");
  });

  it("POST /api/v1/friends/requests/:id/accept – parallel accepts: one 200, the rest 409, one friendship", async () => {
    const a = await createUser("Dbl A");
    const b = await createUser("Dbl B");
    const sent = await sendRequest(a, b);
    const responses = await Promise.all(Array.from({ length: 5 }, () => api(`/api/v1/friends/requests/${sent.body.id}/accept`, { method: "POST", token: b.token })));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(await friendIds(a)).toEqual([b.id]);
  });

  it("POST /api/v1/friends/requests/:id/accept – 403 for the sender and for a third person", async () => {
    const a = await createUser("Not Me A");
    const b = await createUser("Not Me B");
    const other = await createUser("Not Me C");
    const sent = await sendRequest(a, b);
    for (const user of [a, other]) {
      const response = await api(`/api/v1/friends/requests/${sent.body.id}/accept`, { method: "POST", token: user.token });
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ error: { code: "not_recipient", message: "Only the person who received this friend request can answer it." } });
    }
    expect(await friendIds(a)).toEqual([]);
    expect(await friendIds(other)).toEqual([]);
  });

  it.each([
    ["accepted", "accept"],
    ["declined", "decline"],
  ])("POST /api/v1/friends/requests/:id/accept – 409 once %s", async (status, first) => {
    const a = await createUser("Late A");
    const b = await createUser("Late B");
    const sent = await sendRequest(a, b);
    await api(`/api/v1/friends/requests/${sent.body.id}/${first}`, { method: "POST", token: b.token });
    const response = await api(`/api/v1/friends/requests/${sent.body.id}/accept`, { method: "POST", token: b.token });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ error: { code: "request_not_pending", message: `This friend request is already ${status}.` } });
  });

  it("POST /api/v1/friends/requests/:id/accept – 409 once withdrawn", async () => {
    const a = await createUser("Gone A");
    const b = await createUser("Gone B");
    const sent = await sendRequest(a, b);
    await api(`/api/v1/friends/requests/${sent.body.id}`, { method: "DELETE", token: a.token });
    const response = await api(`/api/v1/friends/requests/${sent.body.id}/accept`, { method: "POST", token: b.token });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ error: { code: "request_not_pending", message: "This friend request is already withdrawn." } });
    expect(await friendIds(b)).toEqual([]);
  });

  it("POST /api/v1/friends/requests/:id/accept – 400 for a body with fields", async () => {
    const a = await createUser("Body A");
    const b = await createUser("Body B");
    const sent = await sendRequest(a, b);
    const response = await api(`/api/v1/friends/requests/${sent.body.id}/accept`, { method: "POST", token: b.token, body: { status: "accepted" } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields: { status: "Unknown field" } } });
  });
});

describe("POST /api/v1/friends/requests/:id/decline", () => {
  it("POST /api/v1/friends/requests/:id/decline – 200 declined; no friendship, gone from both lists", async () => {
    const a = await createUser("Dec A");
    const b = await createUser("Dec B");
    const sent = await sendRequest(a, b);
    const response = await api(`/api/v1/friends/requests/${sent.body.id}/decline`, { method: "POST", token: b.token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...sent.body, to_user: person(b), status: "declined" });
    expect(await friendIds(a)).toEqual([]);
    expect(await requestLists(a)).toEqual({ incoming: [], outgoing: [] });
    expect(await requestLists(b)).toEqual({ incoming: [], outgoing: [] });
  });

  it("POST /api/v1/friends/requests/:id/decline – 403 for the sender and for a third person", async () => {
    const a = await createUser("Dec403 A");
    const b = await createUser("Dec403 B");
    const other = await createUser("Dec403 C");
    const sent = await sendRequest(a, b);
    for (const user of [a, other]) {
      const response = await api(`/api/v1/friends/requests/${sent.body.id}/decline`, { method: "POST", token: user.token });
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ error: { code: "not_recipient", message: "Only the person who received this friend request can answer it." } });
    }
    expect((await requestLists(b)).incoming).toEqual([sent.body.id]);
  });

  it("POST /api/v1/friends/requests/:id/decline – 409 once accepted", async () => {
    const a = await createUser("Dec409 A");
    const b = await createUser("Dec409 B");
    const accepted = await makeFriends(a, b);
    const response = await api(`/api/v1/friends/requests/${accepted.id}/decline`, { method: "POST", token: b.token });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ error: { code: "request_not_pending", message: "This friend request is already accepted." } });
    expect(await friendIds(a)).toEqual([b.id]);
  });
});

describe("DELETE /api/v1/friends/requests/:id", () => {
  it("DELETE /api/v1/friends/requests/:id – 204; the sender withdraws and the request is gone", async () => {
    const a = await createUser("Wd A");
    const b = await createUser("Wd B");
    const sent = await sendRequest(a, b);
    const response = await api(`/api/v1/friends/requests/${sent.body.id}`, { method: "DELETE", token: a.token });
    expect(response.status).toBe(204);
    expect(response.text).toBe("");
    expect(await requestLists(a)).toEqual({ incoming: [], outgoing: [] });
    expect(await requestLists(b)).toEqual({ incoming: [], outgoing: [] });
  });

  it("DELETE /api/v1/friends/requests/:id – 403 for the recipient and for a third person", async () => {
    const a = await createUser("Wd403 A");
    const b = await createUser("Wd403 B");
    const other = await createUser("Wd403 C");
    const sent = await sendRequest(a, b);
    for (const user of [b, other]) {
      const response = await api(`/api/v1/friends/requests/${sent.body.id}`, { method: "DELETE", token: user.token });
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ error: { code: "not_sender", message: "Only the person who sent this friend request can withdraw it." } });
    }
    expect((await requestLists(a)).outgoing).toEqual([sent.body.id]);
  });

  it("DELETE /api/v1/friends/requests/:id – 409 once answered or withdrawn", async () => {
    const a = await createUser("Wd409 A");
    const b = await createUser("Wd409 B");
    const accepted = await makeFriends(a, b);
    const late = await api(`/api/v1/friends/requests/${accepted.id}`, { method: "DELETE", token: a.token });
    expect(late.status).toBe(409);
    expect(late.body).toEqual({ error: { code: "request_not_pending", message: "This friend request is already accepted." } });
    const c = await createUser("Wd409 C");
    const sent = await sendRequest(a, c);
    await api(`/api/v1/friends/requests/${sent.body.id}`, { method: "DELETE", token: a.token });
    const twice = await api(`/api/v1/friends/requests/${sent.body.id}`, { method: "DELETE", token: a.token });
    expect(twice.status).toBe(409);
    expect(twice.body).toEqual({ error: { code: "request_not_pending", message: "This friend request is already withdrawn." } });
  });
});

describe("Friend request ids in paths", () => {
  it.each([
    ["POST", "/api/v1/friends/requests/999999999/accept"],
    ["POST", "/api/v1/friends/requests/999999999/decline"],
    ["DELETE", "/api/v1/friends/requests/999999999"],
  ])("%s %s – 404 for an unknown request", async (method, path) => {
    const me = await createUser("Unknown Req");
    const response = await api(path, { method, token: me.token });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "request_not_found", message: "No such friend request." } });
  });

  it.each([
    ["POST", "/api/v1/friends/requests/abc/accept"],
    ["POST", "/api/v1/friends/requests/1.5/decline"],
    ["POST", "/api/v1/friends/requests/0/accept"],
    ["DELETE", "/api/v1/friends/requests/-1"],
    ["DELETE", "/api/v1/friends/requests/99999999999"],
  ])("%s %s – JSON 404 for a non-numeric id", async (method, path) => {
    const me = await createUser("Bad Id");
    const response = await api(path, { method, token: me.token });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.body).toEqual({ error: { code: "not_found", message: "No such friend request." } });
  });
});

describe("DELETE /api/v1/friends/:user_id", () => {
  it("DELETE /api/v1/friends/:user_id – 204; neither side is a friend any more, and they may ask again", async () => {
    const a = await createUser("Ex A");
    const b = await createUser("Ex B");
    await makeFriends(a, b);
    const response = await api(`/api/v1/friends/${b.id}`, { method: "DELETE", token: a.token });
    expect(response.status).toBe(204);
    expect(await friendIds(a)).toEqual([]);
    expect(await friendIds(b)).toEqual([]);
    expect((await sendRequest(b, a)).status).toBe(201);
  });

  it("DELETE /api/v1/friends/:user_id – 404 when not friends, a second time, or an unknown user", async () => {
    const a = await createUser("Nf A");
    const b = await createUser("Nf B");
    const stranger = await createUser("Nf C");
    await makeFriends(a, b);
    expect((await api(`/api/v1/friends/${a.id}`, { method: "DELETE", token: b.token })).status).toBe(204);
    for (const id of [a.id, b.id, stranger.id, 2_147_483_647]) {
      const response = await api(`/api/v1/friends/${id}`, { method: "DELETE", token: b.id === id ? a.token : b.token });
      expect(response.status, String(id)).toBe(404);
      expect(response.body).toEqual({ error: { code: "friendship_not_found", message: "You are not friends with this person." } });
    }
  });

  it("DELETE /api/v1/friends/:user_id – a third person cannot break up a friendship", async () => {
    const a = await createUser("Tp A");
    const b = await createUser("Tp B");
    const other = await createUser("Tp C");
    await makeFriends(a, b);
    const response = await api(`/api/v1/friends/${b.id}`, { method: "DELETE", token: other.token });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("friendship_not_found");
    expect(await friendIds(a)).toEqual([b.id]);
  });

  it.each([["/api/v1/friends/abc"], ["/api/v1/friends/1.5"], ["/api/v1/friends/0x10"]])("DELETE %s – JSON 404 for a non-numeric id", async (path) => {
    const me = await createUser("Nn");
    const response = await api(path, { method: "DELETE", token: me.token });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "not_found", message: "No such friend." } });
  });

  it("DELETE /api/v1/friends/:user_id – cancels the open session between the two (audit reason unfriended)", async () => {
    const a = await createUser("Sess A");
    const b = await createUser("Sess B");
    const bystander = await createUser("Sess C");
    await makeFriends(a, b);
    await makeFriends(a, bystander);
    const created = await api("/api/v1/sessions/create/", { method: "POST", token: a.token, body: { participant_id: b.id } });
    expect(created.status).toBe(201);
    const other = await api("/api/v1/sessions/create/", { method: "POST", token: a.token, body: { participant_id: bystander.id } });
    expect(other.status).toBe(201);

    expect((await api(`/api/v1/friends/${a.id}`, { method: "DELETE", token: b.token })).status).toBe(204);

    const session = await api(`/api/v1/sessions/${created.body.id}/`, { token: a.token });
    expect(session.status).toBe(200);
    expect(session.body.status).toBe("cancelled");
    expect(session.body.ended_at).toEqual(ISO);
    const audit = await api(`/api/v1/sessions/${created.body.id}/audit-logs/`, { token: a.token });
    expect(audit.status).toBe(200);
    const cancelled = audit.body.filter((entry: { event_type: string }) => entry.event_type === "cancelled");
    expect(cancelled).toEqual([
      expect.objectContaining({ session_id: created.body.id, event_type: "cancelled", user: { id: b.id, name: b.name }, metadata: expect.objectContaining({ reason: "unfriended" }) }),
    ]);
    // The session with someone who is still a friend is untouched.
    expect((await api(`/api/v1/sessions/${other.body.id}/`, { token: a.token })).body.status).toBe("pending");
    // And a new session between the two is refused: they are no longer friends.
    const again = await api("/api/v1/sessions/create/", { method: "POST", token: a.token, body: { participant_id: b.id } });
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe("not_friends");
  });
});

describe("GET /api/v1/users – friendship", () => {
  it("GET /api/v1/users?q= – none, outgoing, incoming and friends, from each side", async () => {
    const tag = `fs${Date.now().toString(36)}`;
    const me = await createUser(`Me ${tag}`);
    const none = await createUser(`None ${tag}`);
    const asked = await createUser(`Asked ${tag}`);
    const asker = await createUser(`Asker ${tag}`);
    const friend = await createUser(`Friend ${tag}`);
    await sendRequest(me, asked);
    await sendRequest(asker, me);
    await makeFriends(friend, me);
    const response = await api(`/api/v1/users?q=${tag}`, { token: me.token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { ...named(asked), friendship: "outgoing", joined_at: new Date().toISOString().slice(0, 7), mutual_friends: 0 },
      { ...person(asker), friendship: "incoming", joined_at: new Date().toISOString().slice(0, 7), mutual_friends: 0 },
      { ...person(friend), friendship: "friends", joined_at: new Date().toISOString().slice(0, 7), mutual_friends: 0 },
      { ...named(none), friendship: "none", joined_at: new Date().toISOString().slice(0, 7), mutual_friends: 0 },
    ]);
    const relationOf = async (viewer: TestUser) =>
      (await api(`/api/v1/users?q=${tag}`, { token: viewer.token })).body.find((user: { id: number }) => user.id === me.id).friendship;
    expect(await relationOf(asked)).toBe("incoming");
    expect(await relationOf(asker)).toBe("outgoing");
    expect(await relationOf(friend)).toBe("friends");
    expect(await relationOf(none)).toBe("none");
    await api(`/api/v1/friends/${friend.id}`, { method: "DELETE", token: me.token });
    expect(await relationOf(friend)).toBe("none");
  });
});

describe("Friends endpoints – authentication", () => {
  it.each([
    ["GET", "/api/v1/friends"],
    ["DELETE", "/api/v1/friends/1"],
    ["GET", "/api/v1/friends/requests"],
    ["POST", "/api/v1/friends/requests"],
    ["POST", "/api/v1/friends/requests/1/accept"],
    ["POST", "/api/v1/friends/requests/1/decline"],
    ["DELETE", "/api/v1/friends/requests/1"],
  ])("%s %s – 401 without credentials", async (method, path) => {
    const response = await api(path, { method, body: method === "POST" ? { user_id: 1 } : undefined });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: "not_authenticated", message: "Sign in, or send a valid bearer token." } });
  });
});
